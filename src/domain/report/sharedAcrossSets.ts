/**
 * "Compare only on the indicators every version shares unchanged", for any number of compared
 * assessments: `sharedEqualSubset` generalised from two sets to a first set and the others.
 */
import type { IndicatorSet } from '../indicators/schema'
import { compareIds } from './ranking'
import { sharedEqualSubset, type SubsetReason } from './sharedEqualSubset'

export type LeftOutAcross = {
  indicatorId: string
  /**
   * Each other set (by its index in the input) against which the first set's indicator differs
   * or is missing, with `sharedEqualSubset`'s reasons (`only-in-a`: only the first set holds it,
   * `only-in-b`: only that other set does).
   */
  against: { index: number; reasons: SubsetReason[] }[]
}

export type SharedAcrossSets = {
  /** Every set restricted to the shared indicators, in the input order, each with its own meta. */
  sets: IndicatorSet[]
  /** The ids kept, in id order. */
  shared: string[]
  /** The ids left out, in id order. */
  leftOut: LeftOutAcross[]
}

/**
 * The indicators that the first set and every other set hold with equal scoring definitions and
 * placement (`sharedEqualSubset` of the first set with each other set, intersected), and every set
 * restricted to them. Comparing each set with the first suffices: equal to the first is equal to
 * each other. An indicator the first set lacks is left out (against each set holding it). One set
 * keeps all its indicators; no sets give empty lists.
 */
export const sharedAcrossSets = (sets: readonly IndicatorSet[]): SharedAcrossSets => {
  const [first, ...others] = sets
  if (first === undefined) return { sets: [], shared: [], leftOut: [] }
  const pairs = others.map((other) => sharedEqualSubset(first, other))
  const keep = new Set(
    first.indicators
      .map((i) => i.id)
      .filter((id) => pairs.every((pair) => pair.shared.includes(id))),
  )
  const leftOut = new Map<string, LeftOutAcross['against']>()
  pairs.forEach((pair, i) => {
    for (const { indicatorId, reasons } of pair.leftOut)
      leftOut.set(indicatorId, [...(leftOut.get(indicatorId) ?? []), { index: i + 1, reasons }])
  })
  return {
    sets: sets.map((set) => ({
      meta: set.meta,
      indicators: set.indicators.filter((i) => keep.has(i.id)),
    })),
    shared: [...keep].sort(compareIds),
    leftOut: [...leftOut]
      .sort(([x], [y]) => compareIds(x, y))
      .map(([indicatorId, against]) => ({ indicatorId, against })),
  }
}
