/**
 * One answer to one indicator, as stored inside an assessment and as read by the scoring engine.
 * Its state is derived, never stored: not applicable when `notApplicable` is set (the value, if any,
 * is kept so that un-ticking N/A restores it), answered when `value` is set, otherwise unanswered.
 */
import '../zodConfig'
import { z } from 'zod/mini'

export const limits = {
  noteLength: 20_000,
  reasonLength: 2_000,
  evidenceLinks: 50,
  evidenceLength: 2_000,
  nameLength: 100,
  files: 20,
  fileNameLength: 255,
} as const

export const AnswerValueSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('kpi'), value: z.number() }),
  z.strictObject({ type: z.literal('ratio'), numerator: z.number(), denominator: z.number() }),
  z.strictObject({ type: z.literal('level'), level: z.number().check(z.int()) }),
  z.strictObject({ type: z.literal('boolean'), value: z.boolean() }),
  z.strictObject({ type: z.literal('choice'), optionId: z.string().check(z.maxLength(100)) }),
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
  value: z.optional(AnswerValueSchema),
  notApplicable: z.optional(
    z.strictObject({
      reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(limits.reasonLength)),
    }),
  ),
  note: z.optional(z.string().check(z.maxLength(limits.noteLength))),
  evidence: z.optional(
    z
      .array(z.string().check(z.maxLength(limits.evidenceLength)))
      .check(z.maxLength(limits.evidenceLinks)),
  ),
  dataQuality: z.optional(DataQualitySchema),
  /**
   * Evidence files attached to the answer (佐证材料), by the SHA-256 of their bytes, which are kept
   * apart (IndexedDB `files`, one copy per hash however often attached): the name as the user's
   * file had it, its size in bytes, its media type as the browser reported it, and when attached.
   * Stored from format version 3.
   */
  files: z.optional(
    z
      .array(
        z.strictObject({
          sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
          name: z.string().check(z.minLength(1), z.maxLength(limits.fileNameLength)),
          size: z.number().check(z.int(), z.gte(0)),
          type: z.string().check(z.maxLength(255)),
          addedAt: z.iso.datetime(),
        }),
      )
      .check(z.maxLength(limits.files)),
  ),
  /**
   * Copied from last year's assessment and not yet confirmed for this year. (Records of format
   * version 1 also used it for answers to review after a version move.)
   */
  carriedOver: z.optional(z.boolean()),
  /**
   * Kept when the assessment moved to a newer version of its indicator set, whose definition of
   * this indicator changed: to be checked and confirmed. `fromVersion`: the version moved from;
   * `cleared`: the old value did not fit the new definition and was removed. Stored from format
   * version 2.
   */
  reviewAfterMove: z.optional(
    z.strictObject({
      fromVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
      cleared: z.boolean(),
    }),
  ),
  /**
   * Where the answer came from when a department's return was merged into the assessment: the
   * department (its id and its name then), the person who filled it in, when they answered, the
   * package it answered and when it was merged. An edit by the coordinator removes it: the answer
   * is then the coordinator's. Not content: an answer says the same with or without it. Stored
   * from format version 3.
   */
  merged: z.optional(
    z.strictObject({
      packageId: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
      departmentId: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
      department: z.string().check(z.trim(), z.minLength(1), z.maxLength(limits.nameLength)),
      person: z.string().check(z.trim(), z.minLength(1), z.maxLength(limits.nameLength)),
      answeredAt: z.iso.datetime(),
      mergedAt: z.iso.datetime(),
    }),
  ),
})
export type Answer = z.infer<typeof AnswerSchema>
/** Where a merged answer came from (see `AnswerSchema.merged`). */
export type MergedFrom = NonNullable<Answer['merged']>
/** One evidence file attached to an answer (see `AnswerSchema.files`). */
export type AttachedFile = NonNullable<Answer['files']>[number]

/** Answers keyed by permanent indicator id. */
export type Answers = Readonly<Record<string, Answer | undefined>>
