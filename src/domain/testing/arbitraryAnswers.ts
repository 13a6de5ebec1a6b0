/** fast-check generators of valid and "improved" answers for any indicator set (tests only). */
import fc from 'fast-check'
import type { Answer, AnswerValue } from '../assessment/answer'
import { assertNever } from '../assertNever'
import type { AnswerDefinition, IndicatorSet } from '../indicators/schema'

/** A valid value for one answer definition. */
export const arbitraryValue = (def: AnswerDefinition): fc.Arbitrary<AnswerValue> => {
  switch (def.type) {
    case 'kpi': {
      const lo = def.min ?? Math.min(def.baseline, def.target) - 100
      const hi = def.max ?? Math.max(def.baseline, def.target) + 100
      const direct = fc
        .double({ min: lo, max: hi, noNaN: true })
        .map((value) => ({ type: 'kpi' as const, value }))
      if (def.ratio === undefined || lo < 0) return direct
      const { multiplier } = def.ratio
      const ratio = fc
        .tuple(
          fc.integer({ min: 1, max: 10_000 }),
          fc.double({ min: lo / multiplier, max: hi / multiplier, noNaN: true }),
        )
        .map(([denominator, r]) => ({
          type: 'ratio' as const,
          numerator: r * denominator,
          denominator,
        }))
        .filter((v) => {
          const m = (v.numerator / v.denominator) * multiplier
          return m >= lo && m <= hi
        })
      return fc.oneof(direct, ratio)
    }
    case 'level':
      return fc.constantFrom(...def.levels.map((l) => ({ type: 'level' as const, level: l.level })))
    case 'boolean':
      return fc.boolean().map((value) => ({ type: 'boolean' as const, value }))
    case 'choice':
      return fc.constantFrom(
        ...def.options.map((o) => ({ type: 'choice' as const, optionId: o.id })),
      )
    default:
      return assertNever(def)
  }
}

/** An answer that is unanswered, N/A (with a reason), or answered with a valid value. */
export const arbitraryAnswer = (def: AnswerDefinition): fc.Arbitrary<Answer | undefined> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc
        .string({ minLength: 1 })
        .filter((s) => s.trim() !== '')
        .map((reason) => ({ notApplicable: { reason } })),
    },
    { weight: 4, arbitrary: arbitraryValue(def).map((value) => ({ value })) },
  )

/** Answers for every indicator of a set. */
export const arbitraryAnswers = (
  set: IndicatorSet,
): fc.Arbitrary<Record<string, Answer | undefined>> =>
  fc.record(Object.fromEntries(set.indicators.map((i) => [i.id, arbitraryAnswer(i.answer)])))
