/**
 * The rules of each answer type that its schema cannot express, and the translation rule that
 * applies to every text. Part of `checkIndicatorSet`.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { assertNever } from '../assertNever.ts'
import { kpiForCityLevel } from './kpiForCityLevel.ts'
import type { AnswerDefinition, AnswerType, LocalizedText } from './schema.ts'
import {
  setIssue,
  type SetIssue,
  type SetPathSegment,
  type SetPlace,
  type SetRule,
} from './setRule.ts'

/** Where an indicator's issues belong: its id, the CLI's name for the place and its JSON path. */
export type IndicatorPlace = { indicator: string; where: string; path: SetPathSegment[] }

const cjk = /[\u3400-\u9fff]/
const cjkAll = /[\u3400-\u9fff]/g
/**
 * English text left untranslated: more than a fifth of its visible characters are Chinese. Quoting a
 * Chinese title inside an English sentence (e.g. 《城市交通运行状况评价规范》) is fine.
 */
const looksUntranslated = (en: string) =>
  (en.match(cjkAll)?.length ?? 0) > en.replace(/\s/g, '').length / 5

/**
 * A text whose Chinese has no Chinese character, or whose English is mostly Chinese. Indicator
 * texts and the release notes of the header are checked (`place` names the indicator, if any).
 */
export const checkTranslation = (text: LocalizedText, place: SetPlace): SetIssue[] => {
  const issues: SetIssue[] = []
  if (!cjk.test(text.zh))
    issues.push(setIssue({ code: 'zh-without-chinese' }, { ...place, path: [...place.path, 'zh'] }))
  if (looksUntranslated(text.en))
    issues.push(setIssue({ code: 'en-mostly-chinese' }, { ...place, path: [...place.path, 'en'] }))
  return issues
}

type Definition<T extends AnswerType> = Extract<AnswerDefinition, { type: T }>

/** Collects the issues of one answer definition, at the path of the definition unless told. */
const collect = (place: IndicatorPlace) => {
  const issues: SetIssue[] = []
  const add = (rule: SetRule, ...more: SetPathSegment[]) =>
    issues.push(setIssue(rule, { ...place, path: [...place.path, ...more] }))
  return { issues, add }
}

/** Whether `v` lies outside the KPI's entry bounds (an absent bound does not limit). */
const outside = (answer: Definition<'kpi'>, v: number) =>
  (answer.min !== undefined && v < answer.min) || (answer.max !== undefined && v > answer.max)

/**
 * The county-level cities' own baseline and target (`county`) follow the general ones' rules:
 * the target differs from the baseline it is measured from (the county baseline, or the general
 * one where the county gives none) on the side the direction says, and both lie inside the bounds.
 */
const checkCountyTarget = (
  answer: Definition<'kpi'>,
  add: (rule: SetRule, ...more: SetPathSegment[]) => void,
) => {
  if (answer.county === undefined) return
  const { baseline, target } = kpiForCityLevel(answer, 'county')
  if (target === baseline) add({ code: 'county-target-equals-baseline' }, 'county', 'target')
  if (answer.direction === 'higher' && target < baseline)
    add({ code: 'county-target-below-baseline' }, 'county', 'target')
  if (answer.direction === 'lower' && target > baseline)
    add({ code: 'county-target-above-baseline' }, 'county', 'target')
  if (answer.county.baseline !== undefined && outside(answer, answer.county.baseline))
    add({ code: 'outside-range', field: 'county-baseline' }, 'county', 'baseline')
  if (outside(answer, target))
    add({ code: 'outside-range', field: 'county-target' }, 'county', 'target')
}

const checkKpi = (answer: Definition<'kpi'>, place: IndicatorPlace): SetIssue[] => {
  const { issues, add } = collect(place)
  if (answer.target === answer.baseline) add({ code: 'target-equals-baseline' }, 'target')
  if (answer.direction === 'higher' && answer.target < answer.baseline)
    add({ code: 'target-below-baseline' }, 'target')
  if (answer.direction === 'lower' && answer.target > answer.baseline)
    add({ code: 'target-above-baseline' }, 'target')
  if (answer.min !== undefined && answer.max !== undefined && answer.min >= answer.max)
    add({ code: 'min-not-below-max' }, 'min')
  for (const field of ['baseline', 'target'] as const) {
    if (outside(answer, answer[field])) add({ code: 'outside-range', field }, field)
  }
  checkCountyTarget(answer, add)
  return issues
}

const checkLevels = (
  answer: Definition<'level'>,
  rubricLevels: number,
  place: IndicatorPlace,
): SetIssue[] => {
  const { issues, add } = collect(place)
  if (answer.levels.length !== rubricLevels)
    add(
      { code: 'rubric-level-count', levels: answer.levels.length, expected: rubricLevels },
      'levels',
    )
  answer.levels.forEach((level, i) => {
    if (level.level !== i + 1)
      add(
        { code: 'rubric-level-number', position: i + 1, level: level.level },
        'levels',
        i,
        'level',
      )
    issues.push(
      ...checkTranslation(level.descriptor, {
        ...place,
        where: `${place.where} level ${level.level}`,
        path: [...place.path, 'levels', i, 'descriptor'],
      }),
    )
  })
  const scores = answer.levels.map((l) => l.score)
  if (scores.some((s) => s !== undefined) && scores.some((s) => s === undefined))
    add({ code: 'rubric-scores-partial' }, 'levels')
  if (
    scores.every((s) => s !== undefined) &&
    scores.some((s, i) => i > 0 && s <= (scores[i - 1] ?? -1))
  ) {
    add({ code: 'rubric-scores-not-rising' }, 'levels')
  }
  return issues
}

const checkChoice = (answer: Definition<'choice'>, place: IndicatorPlace): SetIssue[] => {
  const { issues, add } = collect(place)
  const seen = new Set<string>()
  answer.options.forEach(({ id }, i) => {
    if (seen.has(id)) add({ code: 'duplicate-option-id', id }, 'options', i, 'id')
    seen.add(id)
  })
  return issues
}

/** The rules of an answer definition; `place.path` leads to the definition itself. */
export const checkAnswerDefinition = (
  answer: AnswerDefinition,
  rubricLevels: number,
  place: IndicatorPlace,
): SetIssue[] => {
  switch (answer.type) {
    case 'kpi':
      return checkKpi(answer, place)
    case 'level':
      return checkLevels(answer, rubricLevels, place)
    case 'choice':
      return checkChoice(answer, place)
    case 'boolean':
      // Two texts, both required by the schema: nothing more to check.
      return []
    default:
      return assertNever(answer)
  }
}
