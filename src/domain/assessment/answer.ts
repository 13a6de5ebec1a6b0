/**
 * One answer to one indicator, as stored inside an assessment and as read by the scoring engine.
 * Its state is derived, never stored: not applicable when `notApplicable` is set (the value, if any,
 * is kept so that un-ticking N/A restores it), answered when `value` is set, otherwise unanswered.
 */
import '../zodConfig'
import { z } from 'zod'

export const limits = {
  noteLength: 20_000,
  reasonLength: 2_000,
  evidenceLinks: 50,
  evidenceLength: 2_000,
} as const

export const AnswerValueSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('kpi'), value: z.number() }),
  z.strictObject({ type: z.literal('ratio'), numerator: z.number(), denominator: z.number() }),
  z.strictObject({ type: z.literal('level'), level: z.number().int() }),
  z.strictObject({ type: z.literal('boolean'), value: z.boolean() }),
  z.strictObject({ type: z.literal('choice'), optionId: z.string().max(100) }),
])
export type AnswerValue = z.infer<typeof AnswerValueSchema>

/** The six data-quality classes of the U4SSC data collection template (column T). */
export const dataQualityCodes = [
  'measured',
  'survey-extrapolated',
  'higher-level-extrapolated',
  'assumption-estimate',
  'personal-estimate',
  'unknown-method',
] as const
export const DataQualitySchema = z.enum(dataQualityCodes)
export type DataQuality = z.infer<typeof DataQualitySchema>

export const AnswerSchema = z.strictObject({
  value: AnswerValueSchema.optional(),
  notApplicable: z
    .strictObject({ reason: z.string().trim().min(1).max(limits.reasonLength) })
    .optional(),
  note: z.string().max(limits.noteLength).optional(),
  evidence: z.array(z.string().max(limits.evidenceLength)).max(limits.evidenceLinks).optional(),
  dataQuality: DataQualitySchema.optional(),
  /** Copied from last year's assessment and not yet confirmed for this year. */
  carriedOver: z.boolean().optional(),
})
export type Answer = z.infer<typeof AnswerSchema>

/** Answers keyed by permanent indicator id. */
export type Answers = Readonly<Record<string, Answer | undefined>>
