/**
 * Integrity rules of a set's weight profiles (`meta.weightProfiles`): every id a profile names
 * exists, the weighted dimensions add up to 100, every dimension is either weighted or reported
 * apart (never both), sub-dimension weights fit inside their dimension's, and profile ids are
 * unique and never the default's. Every problem is reported.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import type { MetaFile } from './schema.ts'
import type { SetPathSegment, SetRule } from './setRule.ts'
import { defaultProfileId } from './defaultProfile.ts'
import type { WeightProfile } from './weightProfileSchema.ts'

/** Sums of percentages that differ by less than this are equal. */
const tolerance = 1e-9

type Add = (rule: SetRule, ...path: SetPathSegment[]) => void

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

const checkProfile = (meta: MetaFile, profile: WeightProfile, add: Add): void => {
  const id = profile.id
  if (id === defaultProfileId) add({ code: 'reserved-profile-id', id }, 'id')
  if (!meta.sources.some((s) => s.id === profile.source))
    add({ code: 'profile-unknown-source', profile: id, source: profile.source }, 'source')
  const dimensionIds = new Set(meta.dimensions.map((d) => d.id))
  const weights = Object.entries(profile.dimensionWeights)
  const apart = profile.reportedApart ?? []
  for (const [dimension] of weights)
    if (!dimensionIds.has(dimension))
      add(
        { code: 'profile-unknown-dimension', profile: id, dimension },
        'dimensionWeights',
        dimension,
      )
  apart.forEach((dimension, i) => {
    if (!dimensionIds.has(dimension))
      add({ code: 'profile-unknown-dimension', profile: id, dimension }, 'reportedApart', i)
    else if (Object.hasOwn(profile.dimensionWeights, dimension))
      add({ code: 'profile-apart-weighted', profile: id, dimension }, 'reportedApart', i)
  })
  for (const { id: dimension } of meta.dimensions)
    if (!Object.hasOwn(profile.dimensionWeights, dimension) && !apart.includes(dimension))
      add({ code: 'profile-dimension-unweighted', profile: id, dimension }, 'dimensionWeights')
  const total = sum(weights.map(([, w]) => w))
  if (Math.abs(total - 100) > tolerance)
    add({ code: 'profile-weights', profile: id, total }, 'dimensionWeights')
  const given = profile.subdimensionWeights ?? {}
  const known = new Set(meta.dimensions.flatMap((d) => (d.subdimensions ?? []).map((s) => s.id)))
  for (const subdimension of Object.keys(given))
    if (!known.has(subdimension))
      add(
        { code: 'profile-unknown-subdimension', profile: id, subdimension },
        'subdimensionWeights',
        subdimension,
      )
  for (const dimension of meta.dimensions) {
    const subs = dimension.subdimensions ?? []
    const stated = subs.flatMap((s) => (Object.hasOwn(given, s.id) ? [given[s.id] ?? 0] : []))
    if (stated.length === 0) continue
    const subTotal = sum(stated)
    const weight = profile.dimensionWeights[dimension.id] ?? 0
    const leavesOthers = stated.length < subs.length
    // The other sub-dimensions share what is left: it must be more than nothing.
    if (subTotal > weight + tolerance || (leavesOthers && subTotal > weight - tolerance))
      add(
        {
          code: 'profile-subdimension-weights',
          profile: id,
          dimension: dimension.id,
          total: subTotal,
          weight,
        },
        'subdimensionWeights',
      )
  }
}

/** Every problem of the header's weight profiles, profile by profile, in file order. */
export const checkWeightProfiles = (meta: MetaFile, add: Add): void => {
  const profiles = meta.weightProfiles ?? []
  const seen = new Set<string>()
  profiles.forEach((profile, i) => {
    if (seen.has(profile.id))
      add({ code: 'duplicate-profile-id', id: profile.id }, 'weightProfiles', i, 'id')
    seen.add(profile.id)
    checkProfile(meta, profile, (rule, ...path) => add(rule, 'weightProfiles', i, ...path))
  })
}
