/**
 * Integrity rules that a schema alone cannot express. Every problem is reported, so that a
 * content editor fixes a file in one pass; bad data fails CI, never an official's session.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { assertNever } from '../assertNever.ts'
import { primaryCapability } from './capabilities.ts'
import {
  capabilityIds,
  type AnswerDefinition,
  type AnswerType,
  type Indicator,
  type IndicatorSet,
  type LocalizedText,
} from './schema.ts'

export type SetIssue = { code: string; where: string; message: string }

export type CheckOptions = {
  /** Known U4SSC KPI codes (indicators/reference/u4ssc-kpis.csv); when given, every U4SSC ref must be one. */
  u4sscCodes?: readonly string[]
  /** Each capability must be the primary one of at least this many indicators. */
  minPrimaryPerCapability?: number
}

const cjk = /[\u3400-\u9fff]/
const cjkAll = /[\u3400-\u9fff]/g
/**
 * English text left untranslated: more than a fifth of its visible characters are Chinese. Quoting a
 * Chinese title inside an English sentence (e.g. 《城市交通运行状况评价规范》) is fine.
 */
const looksUntranslated = (en: string) =>
  (en.match(cjkAll)?.length ?? 0) > en.replace(/\s/g, '').length / 5
/** U4SSC codes are matched with or without the core/advanced suffix, which is uncertain for a few. */
const withoutSuffix = (code: string) => code.replace(/\s+/g, '').replace(/[CA]$/, '')

const textFields = ['name', 'description', 'method', 'evidence'] as const

const checkTranslation = (text: LocalizedText, where: string): SetIssue[] => {
  const issues: SetIssue[] = []
  if (!cjk.test(text.zh))
    issues.push({ code: 'translation', where, message: 'zh text has no Chinese characters' })
  if (looksUntranslated(text.en))
    issues.push({ code: 'translation', where, message: 'en text is mostly Chinese' })
  return issues
}

type Definition<T extends AnswerType> = Extract<AnswerDefinition, { type: T }>

/** Collects issues of the `answer` code for one indicator. */
const answerIssues = (where: string) => {
  const issues: SetIssue[] = []
  const add = (message: string) => issues.push({ code: 'answer', where, message })
  return { issues, add }
}

const checkKpi = (answer: Definition<'kpi'>, where: string): SetIssue[] => {
  const { issues, add } = answerIssues(where)
  if (answer.target === answer.baseline) add('target equals baseline')
  if (answer.direction === 'higher' && answer.target < answer.baseline)
    add('higher-is-better but target < baseline')
  if (answer.direction === 'lower' && answer.target > answer.baseline)
    add('lower-is-better but target > baseline')
  if (answer.min !== undefined && answer.max !== undefined && answer.min >= answer.max)
    add('min ≥ max')
  for (const [name, v] of [
    ['baseline', answer.baseline],
    ['target', answer.target],
  ] as const) {
    if (
      (answer.min !== undefined && v < answer.min) ||
      (answer.max !== undefined && v > answer.max)
    ) {
      add(`${name} outside [min, max]`)
    }
  }
  return issues
}

const checkLevels = (answer: Definition<'level'>, rubricLevels: number, where: string) => {
  const { issues, add } = answerIssues(where)
  if (answer.levels.length !== rubricLevels)
    add(`rubric has ${answer.levels.length} levels; expected ${rubricLevels}`)
  answer.levels.forEach((level, i) => {
    if (level.level !== i + 1) add(`rubric level ${i + 1} is numbered ${level.level}`)
    issues.push(...checkTranslation(level.descriptor, `${where} level ${level.level}`))
  })
  const scores = answer.levels.map((l) => l.score)
  if (scores.some((s) => s !== undefined) && scores.some((s) => s === undefined))
    add('give a score for every level or none')
  if (
    scores.every((s) => s !== undefined) &&
    scores.some((s, i) => i > 0 && s <= (scores[i - 1] ?? -1))
  ) {
    add('level scores must rise with the level')
  }
  return issues
}

const checkChoice = (answer: Definition<'choice'>, where: string): SetIssue[] => {
  const { issues, add } = answerIssues(where)
  const ids = answer.options.map((o) => o.id)
  if (new Set(ids).size !== ids.length) add('duplicate option ids')
  return issues
}

/** The rules of each answer type that its schema cannot express. */
const checkAnswer = (indicator: Indicator, rubricLevels: number, where: string): SetIssue[] => {
  const answer = indicator.answer
  switch (answer.type) {
    case 'kpi':
      return checkKpi(answer, where)
    case 'level':
      return checkLevels(answer, rubricLevels, where)
    case 'choice':
      return checkChoice(answer, where)
    case 'boolean':
      // Two texts, both required by the schema: nothing more to check.
      return []
    default:
      return assertNever(answer)
  }
}

const checkIndicator = (
  set: IndicatorSet,
  indicator: Indicator,
  options: CheckOptions,
): SetIssue[] => {
  const where = indicator.id
  const issues: SetIssue[] = []
  const add = (code: string, message: string) => issues.push({ code, where, message })
  const dimension = set.meta.dimensions.find((d) => d.id === indicator.dimension)
  if (dimension === undefined) add('dimension', `unknown dimension ${indicator.dimension}`)
  const subs = dimension?.subdimensions ?? []
  if (indicator.subdimension === undefined && subs.length > 0)
    add('dimension', `needs a sub-dimension of ${indicator.dimension}`)
  if (indicator.subdimension !== undefined && !subs.some((s) => s.id === indicator.subdimension)) {
    add('dimension', `unknown sub-dimension ${indicator.subdimension}`)
  }
  const weights = capabilityIds
    .map((id) => indicator.capabilities[id])
    .filter((w) => w !== undefined)
  if (weights.filter((w) => w === 1).length !== 1)
    add('capability', 'exactly one capability must have weight 1 (the primary one)')
  for (const source of indicator.sources) {
    if (!set.meta.sources.some((s) => s.id === source.source))
      add('source', `unknown source ${source.source}`)
    if (source.provenance !== 'standard' && source.note === undefined)
      add('source', `${source.provenance} source ${source.source} needs a note`)
    if (source.note !== undefined)
      issues.push(...checkTranslation(source.note, `${where} source note`))
    if (source.source === 'U4SSC' && options.u4sscCodes !== undefined && source.ref !== undefined) {
      const known = options.u4sscCodes.map(withoutSuffix)
      const refs = source.ref.split(/[,;，、]/).map((r) => r.trim())
      for (const ref of refs) {
        if (/^(EC|EN|SC):/.test(ref) && !known.includes(withoutSuffix(ref)))
          add('u4ssc', `U4SSC code ${ref} is not in the KPI list`)
      }
    }
  }
  for (const field of textFields)
    issues.push(...checkTranslation(indicator[field], `${where} ${field}`))
  issues.push(...checkAnswer(indicator, set.meta.rubricLevels, where))
  return issues
}

const checkMeta = (set: IndicatorSet): SetIssue[] => {
  const { meta } = set
  const issues: SetIssue[] = []
  const add = (code: string, message: string) => issues.push({ code, where: 'meta', message })
  const total = meta.dimensions.reduce((sum, d) => sum + d.weight, 0)
  if (Math.abs(total - 100) > 1e-9) add('weights', `dimension weights sum to ${total}, not 100`)
  const ids = meta.dimensions.flatMap((d) => [d.id, ...(d.subdimensions ?? []).map((s) => s.id)])
  if (new Set(ids).size !== ids.length) add('dimension', 'duplicate dimension or sub-dimension ids')
  if (meta.thresholds.some((t, i) => i > 0 && t <= (meta.thresholds[i - 1] ?? 0)))
    add('levels', 'thresholds must rise')
  if (meta.levels.some((l, i) => l.id !== `L${i + 1}`))
    add('levels', 'levels must be L1…L5 in order')
  if (new Set(meta.capabilities.map((c) => c.id)).size !== capabilityIds.length)
    add('capability', 'each capability once')
  const sourceIds = meta.sources.map((s) => s.id)
  if (new Set(sourceIds).size !== sourceIds.length) add('source', 'duplicate source ids')
  return issues
}

const checkCoverage = (set: IndicatorSet, options: CheckOptions): SetIssue[] => {
  const issues: SetIssue[] = []
  const seen = new Set<string>()
  for (const { id } of set.indicators) {
    if (seen.has(id))
      issues.push({ code: 'duplicate-id', where: id, message: `id ${id} is used more than once` })
    seen.add(id)
  }
  for (const dimension of set.meta.dimensions) {
    const members = set.indicators.filter((i) => i.dimension === dimension.id)
    if (members.length === 0)
      issues.push({ code: 'coverage', where: dimension.id, message: 'dimension has no indicator' })
    for (const sub of dimension.subdimensions ?? []) {
      if (!members.some((i) => i.subdimension === sub.id)) {
        issues.push({ code: 'coverage', where: sub.id, message: 'sub-dimension has no indicator' })
      }
    }
  }
  const min = options.minPrimaryPerCapability ?? 0
  for (const capability of capabilityIds) {
    const count = set.indicators.filter((i) => primaryCapability(i) === capability).length
    if (count < min) {
      issues.push({
        code: 'coverage',
        where: capability,
        message: `primary capability of ${count} indicators; needs ${min}`,
      })
    }
  }
  return issues
}

/** Every integrity problem of a schema-valid set; an empty list means the set is sound. */
export const checkIndicatorSet = (set: IndicatorSet, options: CheckOptions = {}): SetIssue[] => [
  ...checkMeta(set),
  ...checkCoverage(set, options),
  ...set.indicators.flatMap((indicator) => checkIndicator(set, indicator, options)),
]
