/**
 * The weights of a weight profile beside the set's own, as the Methodology page lists them: every
 * dimension, each followed by the sub-dimensions the profile states a weight for. All weights are
 * percent of the total.
 */
import type { MetaFile } from '../indicators/schema'
import type { WeightProfile } from '../indicators/weightProfileSchema'

export type ProfileWeightRow = {
  dimensionId: string
  /** Set for a sub-dimension row. */
  subdimensionId: string | null
  /**
   * Percent of the total under the set's own weights: W_d for a dimension; W_d × w_s ÷ Σ w over
   * the dimension's sub-dimensions for a sub-dimension.
   */
  own: number
  /** Percent of the total under the profile; null when the profile reports the dimension apart. */
  weight: number | null
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** Rows in the set's order of dimensions, each dimension's stated sub-dimensions after it. */
export const profileWeightRows = (meta: MetaFile, profile: WeightProfile): ProfileWeightRow[] =>
  meta.dimensions.flatMap((dimension) => {
    const subs = dimension.subdimensions ?? []
    const subTotal = sum(subs.map((s) => s.weight))
    const stated = subs.flatMap((s) => {
      const weight = profile.subdimensionWeights?.[s.id]
      return weight === undefined
        ? []
        : [
            {
              dimensionId: dimension.id,
              subdimensionId: s.id,
              own: (dimension.weight * s.weight) / subTotal,
              weight,
            },
          ]
    })
    return [
      {
        dimensionId: dimension.id,
        subdimensionId: null,
        own: dimension.weight,
        weight: profile.dimensionWeights[dimension.id] ?? null,
      },
      ...stated,
    ]
  })
