/**
 * Whether a stored answer value fits its indicator's answer definition: the one set of rules that
 * the questionnaire form (which refuses to store a value that breaks them) and the import (which
 * refuses the file) both apply, so they cannot disagree about what a valid answer is. Scoring
 * (`scoring/normalise.ts`, part of the first screen's code) counts such a value as invalid with its
 * own copy of the checks; `checkAnswer.test.ts` proves that the two accept exactly the same values.
 */
import type { AnswerDefinition, AnswerType } from '../indicators/schema'
import type { AnswerValue } from './answer'

type KpiDefinition = Extract<AnswerDefinition, { type: 'kpi' }>

/**
 * Why a number (a KPI value, or what a ratio works out to) is refused. Every problem names the
 * `field` of the stored value it is about; null is a ratio as a whole (its result).
 */
export type RangeProblem =
  | { code: 'not-finite'; field: 'value' | null }
  | { code: 'below-min'; field: 'value' | null; measured: number; min: number }
  | { code: 'above-max'; field: 'value' | null; measured: number; max: number }

/** Why a KPI answer (a value or a ratio) is refused. */
export type KpiProblem =
  | RangeProblem
  | { code: 'wrong-type'; field: 'type'; expected: AnswerType; given: AnswerValue['type'] }
  | { code: 'not-finite'; field: 'numerator' | 'denominator' }
  | { code: 'negative'; field: 'numerator' | 'denominator' }
  | { code: 'zero-denominator'; field: 'denominator' }

export type ValueProblem =
  | KpiProblem
  | { code: 'unknown-level'; field: 'level'; level: number; levels: number[] }
  | { code: 'unknown-option'; field: 'optionId'; optionId: string }

/** At least one problem when not ok. */
export type KpiCheck =
  { ok: true; measured: number } | { ok: false; problems: [KpiProblem, ...KpiProblem[]] }

const wrongType = (expected: AnswerType, value: AnswerValue) =>
  ({ code: 'wrong-type', field: 'type', expected, given: value.type }) as const

/** `min ≤ measured ≤ max` (each bound where the definition has one), and a finite number. */
const rangeProblem = (
  def: KpiDefinition,
  measured: number,
  field: 'value' | null,
): RangeProblem | null => {
  if (!Number.isFinite(measured)) return { code: 'not-finite', field }
  if (def.min !== undefined && measured < def.min)
    return { code: 'below-min', field, measured, min: def.min }
  if (def.max !== undefined && measured > def.max)
    return { code: 'above-max', field, measured, max: def.max }
  return null
}

/**
 * A KPI answer and the value it measures: the value itself, or numerator ÷ denominator ×
 * multiplier when the definition takes a ratio. A ratio needs finite parts, a numerator ≥ 0 and a
 * denominator > 0 (every part problem is listed); only then is its result checked against min and
 * max, like a value. A ratio for a KPI without one, or any other type of value, is the wrong type.
 */
export const checkKpi = (def: KpiDefinition, value: AnswerValue): KpiCheck => {
  if (value.type === 'kpi') {
    const problem = rangeProblem(def, value.value, 'value')
    return problem === null
      ? { ok: true, measured: value.value }
      : { ok: false, problems: [problem] }
  }
  if (value.type !== 'ratio' || def.ratio === undefined)
    return { ok: false, problems: [wrongType('kpi', value)] }
  const problems: KpiProblem[] = []
  for (const field of ['numerator', 'denominator'] as const) {
    const part = value[field]
    if (!Number.isFinite(part)) problems.push({ code: 'not-finite', field })
    else if (part < 0) problems.push({ code: 'negative', field })
  }
  if (value.denominator === 0) problems.push({ code: 'zero-denominator', field: 'denominator' })
  const [first, ...rest] = problems
  if (first !== undefined) return { ok: false, problems: [first, ...rest] }
  const measured = (value.numerator / value.denominator) * def.ratio.multiplier
  const problem = rangeProblem(def, measured, null)
  return problem === null ? { ok: true, measured } : { ok: false, problems: [problem] }
}

type Check<T extends AnswerType> = (
  def: Extract<AnswerDefinition, { type: T }>,
  value: AnswerValue,
) => ValueProblem[]

/**
 * The check of each answer type, in a record keyed by the type so that a new type is a compile
 * error here. (Not a switch ending in `assertNever`: that module is shared by the screens, and the
 * import code reaching it makes the bundler split the schema library out of the first download.)
 */
const checks: { [T in AnswerType]: Check<T> } = {
  kpi: (def, value) => {
    const checked = checkKpi(def, value)
    return checked.ok ? [] : checked.problems
  },
  level: (def, value) => {
    if (value.type !== 'level') return [wrongType('level', value)]
    if (def.levels.some((l) => l.level === value.level)) return []
    const levels = def.levels.map((l) => l.level)
    return [{ code: 'unknown-level', field: 'level', level: value.level, levels }]
  },
  boolean: (_, value) => (value.type === 'boolean' ? [] : [wrongType('boolean', value)]),
  choice: (def, value) => {
    if (value.type !== 'choice') return [wrongType('choice', value)]
    return def.options.some((o) => o.id === value.optionId)
      ? []
      : [{ code: 'unknown-option', field: 'optionId', optionId: value.optionId }]
  },
}

/**
 * Every reason `value` cannot be an answer to an indicator defined by `def`; empty when it can.
 * A KPI: see `checkKpi`. A rubric: one of its levels. Yes/no: a boolean. A choice: one of its
 * option ids. A value of another type than the definition's is the wrong type.
 */
export const valueProblems = (def: AnswerDefinition, value: AnswerValue): ValueProblem[] =>
  // TypeScript cannot tie `checks[def.type]` to `def`'s own type; the record's type does.
  (checks[def.type] as Check<AnswerType>)(def, value)
