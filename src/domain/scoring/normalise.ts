/**
 * Normalises one answer to a score in [0, 100] according to its indicator's answer definition.
 * Invalid input (wrong type, out of range, unknown option, zero denominator) is rejected with a
 * reason, never coerced into a score. The questionnaire and the import apply the same rules through
 * `assessment/checkAnswer.ts` (kept apart from this first-screen code so that the import's chunk
 * does not reach into it); `checkAnswer.test.ts` proves that both accept exactly the same values.
 */
import type { AnswerValue } from '../assessment/answer'
import { assertNever } from '../assertNever'
import type { AnswerDefinition } from '../indicators/schema'

type KpiDefinition = Extract<AnswerDefinition, { type: 'kpi' }>

export type NormaliseProblem =
  | 'type-mismatch'
  | 'not-finite'
  | 'out-of-range'
  | 'zero-denominator'
  | 'unknown-level'
  | 'unknown-option'

export type Normalised =
  | { ok: true; score: number; measured?: number; band?: U4sscBand }
  | { ok: false; problem: NormaliseProblem }

/** U4SSC benchmark points: 1 (< 33 % of target), 2 (33–66 %), 3 (66–95 %), 4 (≥ 95 %). */
export type U4sscBand = 1 | 2 | 3 | 4

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

/**
 * KPI score `s = clamp((v − baseline) / (target − baseline), 0, 1) × 100`. The same formula serves
 * lower-is-better KPIs, whose target lies below the baseline. When target equals baseline (the
 * checker forbids it in shipped data) the value either reaches the target (100) or not (0).
 */
export const kpiScore = (
  value: number,
  def: Pick<KpiDefinition, 'baseline' | 'target' | 'direction'>,
): number => {
  const { baseline, target, direction } = def
  if (target === baseline) {
    const reached = direction === 'higher' ? value >= target : value <= target
    return reached ? 100 : 0
  }
  return clamp01((value - baseline) / (target - baseline)) * 100
}

/**
 * The U4SSC band of a value: achievement `r = v / target` (higher is better) or `r = target / v`
 * (lower is better; a value of 0 or less has fully met a lower-is-better target). Bands are only
 * meaningful for positive targets; otherwise `undefined`.
 */
export const u4sscBand = (
  value: number,
  def: Pick<KpiDefinition, 'target' | 'direction'>,
): U4sscBand | undefined => {
  if (def.target <= 0) return undefined
  const achievement =
    def.direction === 'higher' ? value / def.target : value <= 0 ? Infinity : def.target / value
  if (achievement < 0.33) return 1
  if (achievement < 0.66) return 2
  if (achievement < 0.95) return 3
  return 4
}

/** The value a KPI answer measures: the value itself, or numerator ÷ denominator × multiplier. */
const measuredValue = (def: KpiDefinition, value: AnswerValue): number | NormaliseProblem => {
  if (value.type === 'kpi') return value.value
  if (value.type !== 'ratio' || def.ratio === undefined) return 'type-mismatch'
  if (!Number.isFinite(value.numerator) || !Number.isFinite(value.denominator)) return 'not-finite'
  if (value.denominator === 0) return 'zero-denominator'
  if (value.numerator < 0 || value.denominator < 0) return 'out-of-range'
  return (value.numerator / value.denominator) * def.ratio.multiplier
}

const normaliseKpi = (def: KpiDefinition, value: AnswerValue): Normalised => {
  const measured = measuredValue(def, value)
  if (typeof measured === 'string') return { ok: false, problem: measured }
  if (!Number.isFinite(measured)) return { ok: false, problem: 'not-finite' }
  if (
    (def.min !== undefined && measured < def.min) ||
    (def.max !== undefined && measured > def.max)
  ) {
    return { ok: false, problem: 'out-of-range' }
  }
  return { ok: true, score: kpiScore(measured, def), measured, band: u4sscBand(measured, def) }
}

/**
 * Score of a rubric level: its own `score` when the data gives one, else evenly spaced from 0 for
 * the first level to 100 for the last (`(position) / (levels − 1) × 100`).
 */
export const levelScore = (
  levels: readonly { level: number; score?: number | undefined }[],
  level: number,
): number | undefined => {
  const index = levels.findIndex((l) => l.level === level)
  const found = levels[index]
  if (found === undefined) return undefined
  return found.score ?? (levels.length === 1 ? 100 : (index / (levels.length - 1)) * 100)
}

export const normaliseAnswer = (def: AnswerDefinition, value: AnswerValue): Normalised => {
  switch (def.type) {
    case 'kpi':
      return normaliseKpi(def, value)
    case 'level': {
      if (value.type !== 'level') return { ok: false, problem: 'type-mismatch' }
      const score = levelScore(def.levels, value.level)
      return score === undefined ? { ok: false, problem: 'unknown-level' } : { ok: true, score }
    }
    case 'boolean':
      return value.type === 'boolean'
        ? { ok: true, score: value.value ? 100 : 0 }
        : { ok: false, problem: 'type-mismatch' }
    case 'choice': {
      if (value.type !== 'choice') return { ok: false, problem: 'type-mismatch' }
      const option = def.options.find((o) => o.id === value.optionId)
      return option === undefined
        ? { ok: false, problem: 'unknown-option' }
        : { ok: true, score: option.score }
    }
    default:
      return assertNever(def)
  }
}
