/**
 * Weight profiles of an indicator set: other weightings of the total that a user may choose
 * instead of the set's own dimension weights (which stay the default). Part of the meta header
 * (`meta.weightProfiles`); `checkIndicatorSet` holds the rules a schema cannot express.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import '../zodConfig.ts'
import { z } from 'zod/mini'
import {
  list,
  LocalizedTextSchema,
  setLimits,
  slugPattern,
  text,
  VerificationSchema,
} from './schemaParts.ts'

/** Percent weights by dimension or sub-dimension id, at most `setLimits.listItems` of them. */
const weightsById = z.record(text, z.number().check(z.positive())).check(
  z.refine((weights) => Object.keys(weights).length <= setLimits.listItems, {
    message: `at most ${String(setLimits.listItems)} weights`,
  }),
)

/**
 * One weighting of the total.
 * - `dimensionWeights`: percent of the total for each dimension the total weighs (they add up to
 *   100); a dimension of the set that is neither here nor reported apart is an error.
 * - `subdimensionWeights`: percent of the total for sub-dimensions the weighting states on their
 *   own, taken out of their dimension's percent (2 % of the total inside a dimension of 26 %); the
 *   dimension's other sub-dimensions share the rest in proportion to their own weights.
 * - `reportedApart`: dimensions scored and shown but left out of the total, with nothing deducted
 *   (a weighting that treats them otherwise, as a deduction whose rules are unknown, says so in
 *   its note).
 */
export const WeightProfileSchema = z.strictObject({
  /** Stored with an assessment (`weightProfile`), so at most 40 characters. */
  id: z.string().check(z.minLength(1), z.maxLength(40), z.regex(slugPattern)),
  name: LocalizedTextSchema,
  /** Id of an entry in `meta.sources`: where the weights come from. */
  source: text,
  verification: VerificationSchema,
  /** What the weights are, how far they are verified and what is inferred. */
  note: LocalizedTextSchema,
  dimensionWeights: weightsById,
  subdimensionWeights: z.optional(weightsById),
  reportedApart: z.optional(list(text)),
})
export type WeightProfile = z.infer<typeof WeightProfileSchema>
