/**
 * One answer value as the facts a reader needs: the value with its unit, a ratio with what it
 * works out to, the rubric level with its descriptor, yes/no with what it means, or the option's
 * label. Words stay with the caller (the print appendix translates them, the spreadsheet export
 * takes them as labels); text from the indicator set stays LocalizedText.
 */
import type { AnswerValue } from '../assessment/answer'
import { assertNever } from '../assertNever'
import type { AnswerDefinition, LocalizedText } from '../indicators/schema'

export type AnswerDescription =
  | { type: 'kpi'; value: number; unit: LocalizedText | undefined }
  | {
      type: 'ratio'
      numerator: number
      denominator: number
      /** numerator ÷ denominator × multiplier, unrounded. */
      measured: number | undefined
      unit: LocalizedText | undefined
    }
  | { type: 'level'; level: number; descriptor: LocalizedText | undefined }
  | { type: 'boolean'; value: boolean; meaning: LocalizedText | undefined }
  | { type: 'choice'; optionId: string; label: LocalizedText | undefined }

/**
 * Describes `value` with what `definition` says about it. Each looked-up part is `undefined` when
 * the definition is missing (an answer to an indicator outside the set), of another type, or does
 * not know the level or option, so the caller can still show the raw value. A ratio's `measured`
 * is `(numerator ÷ denominator) × multiplier`, as the scoring engine computes it, given only for a
 * KPI with a ratio and a denominator other than 0; it is not range-checked (a ratio the engine
 * rejects still shows what it works out to).
 */
export const describeAnswer = (
  definition: AnswerDefinition | undefined,
  value: AnswerValue,
): AnswerDescription => {
  const kpi = definition?.type === 'kpi' ? definition : undefined
  switch (value.type) {
    case 'kpi':
      return { type: 'kpi', value: value.value, unit: kpi?.unit }
    case 'ratio': {
      const { numerator, denominator } = value
      const measured =
        kpi?.ratio === undefined || denominator === 0
          ? undefined
          : (numerator / denominator) * kpi.ratio.multiplier
      return { type: 'ratio', numerator, denominator, measured, unit: kpi?.unit }
    }
    case 'level': {
      const level =
        definition?.type === 'level'
          ? definition.levels.find((l) => l.level === value.level)
          : undefined
      return { type: 'level', level: value.level, descriptor: level?.descriptor }
    }
    case 'boolean': {
      const meaning =
        definition?.type === 'boolean' ? (value.value ? definition.yes : definition.no) : undefined
      return { type: 'boolean', value: value.value, meaning }
    }
    case 'choice': {
      const option =
        definition?.type === 'choice'
          ? definition.options.find((o) => o.id === value.optionId)
          : undefined
      return { type: 'choice', optionId: value.optionId, label: option?.label }
    }
    default:
      return assertNever(value)
  }
}
