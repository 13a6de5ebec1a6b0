/**
 * The last check of an import: does every answer fit its indicator, in the indicator set (id and
 * version) that its assessment records? An answer the questionnaire could never have given — a
 * ratio over 0, level 99, an unknown option, a number for a rubric, an indicator the set does not
 * have or does not ask of the assessment's city level — would be stored but shown nowhere, or
 * scored as invalid, and could not be corrected in the questionnaire. The rules are those of
 * `assessment/checkAnswer.ts`, which the questionnaire form applies; the value of an answer marked
 * not applicable is checked too, because un-ticking N/A brings it back.
 */
import type { Assessment } from '../assessment/assessment'
import { valueProblems, type ValueProblem } from '../assessment/checkAnswer'
import { excerpt } from '../excerpt'
import type { CityLevel, Indicator, IndicatorSet } from '../indicators/schema'
import { appliesTo } from '../indicators/applicability'
import { formatJsonPath, type PathSegment } from './jsonPath'

export type IndicatorSetRef = Assessment['indicatorSet']

/**
 * The indicator set of this id and version, when this app has it; null when it does not (a set
 * from another app or a later version). A function of the pair, so that the app can ship frozen
 * earlier versions later without changing the import.
 */
export type FindIndicatorSet = (ref: IndicatorSetRef) => IndicatorSet | null

/** One problem, with the JSON path of what it is about. Values from the file are excerpts. */
export type AnswerIssue =
  | { kind: 'unknown-set'; path: string; setId: string; version: string }
  | { kind: 'unknown-indicator'; path: string; setId: string; version: string }
  | { kind: 'not-asked'; path: string; cityLevel: CityLevel }
  | { kind: 'value'; path: string; problem: ValueProblem }

/** How many problems a refusal lists; the rest are counted. */
export const maxListedIssues = 10

/** Indicators by id, built once per set. */
const indexes = new WeakMap<IndicatorSet, ReadonlyMap<string, Indicator>>()
const indexOf = (set: IndicatorSet): ReadonlyMap<string, Indicator> => {
  let index = indexes.get(set)
  if (index === undefined) {
    index = new Map(set.indicators.map((i) => [i.id, i]))
    indexes.set(set, index)
  }
  return index
}

/** A value problem with the values it repeats from the file cut for a message. */
const shortened = (problem: ValueProblem): ValueProblem =>
  problem.code === 'unknown-option' ? { ...problem, optionId: excerpt(problem.optionId) } : problem

/**
 * Every problem of the answers of `assessments`, in file order: the first `max` of them, and how
 * many there are in all. `base(i)` is the JSON path of the i-th assessment. An assessment made
 * with a set this app does not have is one problem; its answers are not looked at.
 */
export const answerIssues = (
  assessments: readonly Pick<Assessment, 'indicatorSet' | 'cityLevel' | 'answers'>[],
  base: (index: number) => PathSegment[],
  findSet: FindIndicatorSet,
  max: number = maxListedIssues,
): { issues: AnswerIssue[]; count: number } => {
  const issues: AnswerIssue[] = []
  let count = 0
  const add = (make: () => AnswerIssue) => {
    // Paths are formatted only for the problems listed.
    if (count++ < max) issues.push(make())
  }
  for (const [index, assessment] of assessments.entries()) {
    const { setId, version } = assessment.indicatorSet
    const set = findSet(assessment.indicatorSet)
    if (set === null) {
      add(() => ({
        kind: 'unknown-set',
        path: formatJsonPath([...base(index), 'indicatorSet']),
        setId: excerpt(setId),
        version: excerpt(version),
      }))
      continue
    }
    const indicators = indexOf(set)
    for (const [id, answer] of Object.entries(assessment.answers)) {
      const at = (...rest: PathSegment[]) =>
        formatJsonPath([...base(index), 'answers', id, ...rest])
      const indicator = indicators.get(id)
      if (indicator === undefined)
        add(() => ({ kind: 'unknown-indicator', path: at(), setId, version }))
      else if (!appliesTo(indicator, assessment.cityLevel))
        add(() => ({ kind: 'not-asked', path: at(), cityLevel: assessment.cityLevel }))
      else if (answer?.value !== undefined)
        for (const problem of valueProblems(indicator.answer, answer.value))
          add(() => ({
            kind: 'value',
            path: problem.field === null ? at('value') : at('value', problem.field),
            problem: shortened(problem),
          }))
    }
  }
  return { issues, count }
}
