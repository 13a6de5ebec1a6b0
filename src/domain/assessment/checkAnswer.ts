/**
 * Whether a stored answer value fits its indicator's answer definition. These are the one set of
 * rules that the questionnaire form (which refuses to store a value that breaks them), the scoring
 * engine (which counts such a value as invalid) and the import (which refuses the file) apply, so
 * the three cannot disagree about what a valid answer is.
 */
import { assertNever } from '../assertNever'
import type { AnswerDefinition, AnswerType } from '../indicators/schema'
import type { AnswerValue } from './answer'

type KpiDefinition = Extract<AnswerDefinition, { type: 'kpi' }>

/** The part of a stored value a problem is about; null for a ratio as a whole (its result). */
export type ValueField = 'type' | 'value' | 'numerator' | 'denominator' | 'level' | 'optionId'

/** Why a number (a KPI value, or what a ratio works out to) is refused. */
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

/**
 * Every reason `value` cannot be an answer to an indicator defined by `def`; empty when it can.
 * A KPI: see `checkKpi`. A rubric: one of its levels. Yes/no: a boolean. A choice: one of its
 * option ids. A value of another type than the definition's is the wrong type.
 */
export const valueProblems = (def: AnswerDefinition, value: AnswerValue): ValueProblem[] => {
  switch (def.type) {
    case 'kpi': {
      const checked = checkKpi(def, value)
      return checked.ok ? [] : checked.problems
    }
    case 'level':
      if (value.type !== 'level') return [wrongType('level', value)]
      return def.levels.some((l) => l.level === value.level)
        ? []
        : [
            {
              code: 'unknown-level',
              field: 'level',
              level: value.level,
              levels: def.levels.map((l) => l.level),
            },
          ]
    case 'boolean':
      return value.type === 'boolean' ? [] : [wrongType('boolean', value)]
    case 'choice':
      if (value.type !== 'choice') return [wrongType('choice', value)]
      return def.options.some((o) => o.id === value.optionId)
        ? []
        : [{ code: 'unknown-option', field: 'optionId', optionId: value.optionId }]
    default:
      return assertNever(def)
  }
}
