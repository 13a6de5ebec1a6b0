/**
 * Two indicator sets cut down to the indicators both hold unchanged, so that two assessments made
 * with different versions can be compared on the same ground ("compare only on shared indicators").
 */
import {
  indicatorChanges,
  type DefinitionChange,
  type PlacementChange,
} from '../indicators/indicatorChanges'
import type { IndicatorSet } from '../indicators/schema'
import { compareIds } from './ranking'

/** Why an indicator is left out of the shared subset. */
export type SubsetReason = 'only-in-a' | 'only-in-b' | DefinitionChange | PlacementChange

export type SharedSubset = {
  /** Each set holding only the shared indicators, in its own order, with its own meta. */
  a: IndicatorSet
  b: IndicatorSet
  /** The ids of the indicators kept, in id order. */
  shared: string[]
  /** The ids left out, in id order, each with why. */
  leftOut: { indicatorId: string; reasons: SubsetReason[] }[]
}

/**
 * Sets `setA` and `setB` restricted to the indicators both hold with equal scoring definitions:
 * the same answer definition (no `DefinitionChange`) and the same placement (weight, dimension,
 * sub-dimension, capability weights, applicability); wording may differ. Scoring the restricted
 * sets renormalises by itself, since every score divides by the weights of the indicators present:
 * a capability weighs each indicator against the mean weight of the group it is left in, a
 * dimension shares its weight among the sub-dimensions left, and the total among the dimensions
 * that still score (one with no indicator left scores nothing and drops out). With equal meta
 * (dimension and sub-dimension weights, thresholds, provisional coverage), the same answers then
 * score the same on both restricted sets; `comparability` on them names any meta left that differs.
 */
export const sharedEqualSubset = (setA: IndicatorSet, setB: IndicatorSet): SharedSubset => {
  const inB = new Map(setB.indicators.map((i) => [i.id, i]))
  const inA = new Set(setA.indicators.map((i) => i.id))
  const leftOut: SharedSubset['leftOut'] = setB.indicators
    .filter((i) => !inA.has(i.id))
    .map((i) => ({ indicatorId: i.id, reasons: ['only-in-b'] }))
  const shared: string[] = []
  for (const x of setA.indicators) {
    const y = inB.get(x.id)
    if (y === undefined) {
      leftOut.push({ indicatorId: x.id, reasons: ['only-in-a'] })
      continue
    }
    const change = indicatorChanges(x, y)
    const reasons = [...change.definition, ...change.placement]
    if (reasons.length === 0) shared.push(x.id)
    else leftOut.push({ indicatorId: x.id, reasons })
  }
  const keep = new Set(shared)
  const restrict = (set: IndicatorSet): IndicatorSet => ({
    meta: set.meta,
    indicators: set.indicators.filter((i) => keep.has(i.id)),
  })
  return {
    a: restrict(setA),
    b: restrict(setB),
    shared: shared.sort(compareIds),
    leftOut: leftOut.sort((x, y) => compareIds(x.indicatorId, y.indicatorId)),
  }
}
