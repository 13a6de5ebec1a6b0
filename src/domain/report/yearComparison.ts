/**
 * The compare screen's view-model: 2–6 assessments (one city across years, or several cities)
 * side by side, with deltas against the first and a note of indicator-set differences. No colours
 * here: the screen decides how to show gains and losses.
 */
import {
  capabilityIds,
  type CapabilityId,
  type IndicatorSet,
  type LocalizedText,
} from '../indicators/schema'
import type { LevelResult } from '../scoring/maturityLevel'
import type { AssessmentScore } from '../scoring/scoreAssessment'
import { compareIds } from './ranking'

export type ComparedAssessment = { label: string; set: IndicatorSet; score: AssessmentScore }

type Cell = { score: number | null; coverage: number | null; level: LevelResult | null }

export type ComparisonRow<Id extends string = string> = {
  id: Id
  /** One entry per compared item, in the order given. */
  scores: (number | null)[]
  coverages: (number | null)[]
  levels: (LevelResult | null)[]
  /** scoreᵢ − score₀ (so deltas[0] is 0 when the first has a score); null when either is null. */
  deltas: (number | null)[]
}

export type SetDifferences = {
  versions: { setId: string; version: string }[]
  /** True when some items used a different setId or version than others. */
  differ: boolean
  /** Indicator ids held by some but not all items' sets, by id, with the indexes holding them. */
  partialIndicators: { indicatorId: string; presentIn: number[] }[]
}

export type Comparison = {
  labels: string[]
  total: ComparisonRow<'total'>
  capabilities: ComparisonRow<CapabilityId>[]
  /** Every dimension of any item, in first-seen order, named from the first set holding it. */
  dimensions: (ComparisonRow & { name: LocalizedText })[]
  setDifferences: SetDifferences
}

const row = <Id extends string>(
  id: Id,
  cells: readonly (Cell | undefined)[],
): ComparisonRow<Id> => {
  const scores = cells.map((c) => c?.score ?? null)
  const first = scores[0] ?? null
  return {
    id,
    scores,
    coverages: cells.map((c) => c?.coverage ?? null),
    levels: cells.map((c) => c?.level ?? null),
    deltas: scores.map((s) => (s === null || first === null ? null : s - first)),
  }
}

/**
 * Indicator ids present in every set, in the first set's order; empty for no sets. Scores of
 * assessments on different set versions are comparable only over these.
 */
export const indicatorsInCommon = (sets: readonly Pick<IndicatorSet, 'indicators'>[]): string[] => {
  const [first, ...rest] = sets
  if (first === undefined) return []
  const others = rest.map((s) => new Set(s.indicators.map((i) => i.id)))
  return first.indicators.map((i) => i.id).filter((id) => others.every((ids) => ids.has(id)))
}

const setDifferences = (sets: readonly IndicatorSet[]): SetDifferences => {
  const versions = sets.map(({ meta }) => ({ setId: meta.setId, version: meta.version }))
  const keys = new Set(versions.map((v) => `${v.setId}@${v.version}`))
  const holders = new Map<string, number[]>()
  sets.forEach((set, index) => {
    for (const { id } of set.indicators) holders.set(id, [...(holders.get(id) ?? []), index])
  })
  const partialIndicators = [...holders]
    .filter(([, presentIn]) => presentIn.length < sets.length)
    .map(([indicatorId, presentIn]) => ({ indicatorId, presentIn }))
    .sort((a, b) => compareIds(a.indicatorId, b.indicatorId))
  return { versions, differ: keys.size > 1, partialIndicators }
}

/**
 * Rows for the total, each capability (DG…SA) and each dimension, with every item's score,
 * coverage and level and its delta against the first item: `deltaᵢ = scoreᵢ − score₀`, null when
 * either is null (never a difference against a missing score). A dimension missing from an item's
 * set is null for that item. Meant for 2–6 items; any number works, and no items give empty rows.
 * Deltas are unrounded, so the screen rounds both scores and delta from the same values.
 */
export const compareAssessments = (items: readonly ComparedAssessment[]): Comparison => {
  const names = new Map<string, LocalizedText>()
  for (const { set } of items)
    for (const d of set.meta.dimensions) if (!names.has(d.id)) names.set(d.id, d.name)
  return {
    labels: items.map((i) => i.label),
    total: row(
      'total',
      items.map((i) => i.score.total),
    ),
    capabilities: capabilityIds.map((k) =>
      row(
        k,
        items.map((i) => i.score.capabilities[k]),
      ),
    ),
    dimensions: [...names].map(([id, name]) => ({
      ...row(
        id,
        items.map((i) => i.score.dimensions.find((d) => d.dimensionId === id)),
      ),
      name,
    })),
    setDifferences: setDifferences(items.map((i) => i.set)),
  }
}
