/**
 * How the total and the dimension scores are weighted: the set's own dimension weights (the
 * default profile) or one of the set's weight profiles (`meta.weightProfiles`). Pure; the engine
 * (`scoreAssessment`) asks it for each dimension's weight and each sub-dimension's weight inside
 * its dimension.
 */
import type { Dimension, MetaFile } from '../indicators/schema'
import { defaultProfileId } from '../indicators/defaultProfile'
import type { WeightProfile } from '../indicators/weightProfileSchema'

export type Weighting = {
  /** The profile used: `defaultProfileId` or the id of one of the set's profiles. */
  profileId: string
  /** The profile asked for when the set does not define it (the default was used); else null. */
  unknownProfile: string | null
  /** W_d, the dimension's percent of the total; null when the profile reports it apart. */
  dimensionWeight: (dimension: Dimension) => number | null
  /**
   * The weight of a group of a dimension's indicators (`key`: a sub-dimension id, or the dimension's
   * own id for indicators without one) relative to the dimension's other groups; the engine divides
   * by the sum over the groups present.
   */
  groupWeight: (dimension: Dimension, key: string) => number
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** The set's own weight of a group: its sub-dimension's weight, 1 for a group without one. */
const ownGroupWeight = (dimension: Dimension, key: string): number =>
  dimension.subdimensions?.find((s) => s.id === key)?.weight ?? 1

const ownWeighting: Omit<Weighting, 'unknownProfile'> = {
  profileId: defaultProfileId,
  dimensionWeight: (dimension) => dimension.weight,
  groupWeight: ownGroupWeight,
}

/**
 * A profile's group weights inside dimension d, of weight W_d in the profile. A sub-dimension s
 * the profile states a weight p_s for (percent of the total) weighs p_s ÷ W_d of the dimension;
 * the dimension's other sub-dimensions share the rest, 1 − Σ p ÷ W_d, in proportion to their own
 * weights w: (1 − Σ p ÷ W_d) × w_s ÷ Σ_others w. Example: 智慧农业 2 % of the total inside 惠民服务
 * at 26 % weighs 2/26 of 惠民服务. Without stated sub-dimensions (or with the dimension reported
 * apart) the set's own weights hold. The weights add up to 1 over all the dimension's
 * sub-dimensions; the integrity rules keep Σ p below W_d while other sub-dimensions remain.
 */
const profileGroupWeight =
  (profile: WeightProfile) =>
  (dimension: Dimension, key: string): number => {
    const stated = profile.subdimensionWeights ?? {}
    const weight = profile.dimensionWeights[dimension.id]
    const subs = dimension.subdimensions ?? []
    const given = new Map(
      subs.flatMap((s) => {
        const p = stated[s.id]
        return p === undefined ? [] : [[s.id, p] as const]
      }),
    )
    if (weight === undefined || given.size === 0) return ownGroupWeight(dimension, key)
    const p = given.get(key)
    if (p !== undefined) return p / weight
    const rest = Math.max(0, 1 - sum([...given.values()]) / weight)
    const others = sum(subs.filter((s) => !given.has(s.id)).map((s) => s.weight))
    // Only in a set the integrity rules refuse: a group outside the declared sub-dimensions when
    // the profile states them all. It takes what is left rather than dividing by zero.
    return others > 0 ? (rest * ownGroupWeight(dimension, key)) / others : rest
  }

/**
 * The weighting of `profileId` in the set of `meta`: absent or `defaultProfileId`, the set's own
 * dimension and sub-dimension weights; a profile of the set, its weights (dimensions it does not
 * weight count as reported apart); an id the set does not define (a set version without that
 * profile), the set's own weights, with `unknownProfile` saying which id was not found.
 */
export const resolveWeighting = (meta: MetaFile, profileId?: string): Weighting => {
  if (profileId === undefined || profileId === defaultProfileId)
    return { ...ownWeighting, unknownProfile: null }
  const profile = meta.weightProfiles?.find((p) => p.id === profileId)
  if (profile === undefined) return { ...ownWeighting, unknownProfile: profileId }
  return {
    profileId: profile.id,
    unknownProfile: null,
    dimensionWeight: (dimension) => profile.dimensionWeights[dimension.id] ?? null,
    groupWeight: profileGroupWeight(profile),
  }
}
