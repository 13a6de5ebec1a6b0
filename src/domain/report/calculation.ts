/**
 * The "show calculation" tables: every row behind one capability or dimension score, so the
 * screen can show the weighted mean, and what N/A, open and not-asked indicators did to it.
 */
import type { CapabilityId, Indicator, IndicatorSet, LocalizedText } from '../indicators/schema'
import type { Contribution, GroupAggregate } from '../scoring/weightedMean'
import type { AssessmentScore } from '../scoring/scoreAssessment'

type Named = { indicatorId: string; name: LocalizedText }

/** A scored row: `contribution = share × score`, `potentialGain = share × (100 − score)`. */
export type ScoredRow = Named & Contribution
export type NotApplicableRow = Named & { reason: string }
export type OpenRow = Named & { state: 'unanswered' | 'invalid'; weight: number }

export type Calculation<Extra> = {
  scored: (ScoredRow & Extra)[]
  /** N/A indicators: out of both sums, shown with their reason. */
  notApplicable: (NotApplicableRow & Extra)[]
  /** Unanswered or invalid: in the coverage denominator only. */
  open: (OpenRow & Extra)[]
  /** Not asked of this city level: in no sum at all. */
  excluded: (Named & Extra)[]
  totals: {
    /** Σ contributions: equals `score` (0 when nothing is scored). */
    sumOfContributions: number
    score: number | null
    coverage: number | null
    /** Σ weights of the scored rows, and of the open rows: coverage = scored ÷ (scored + open). */
    scoredWeight: number
    openWeight: number
  }
}

/** mᵢₖ and wᵢ = weight ÷ mᵢₖ (the indicator's weight relative to its group mean). */
export type CapabilityExtra = { capabilityWeight: number }
export type CapabilityCalculation = Omit<Calculation<CapabilityExtra>, 'scored' | 'open'> & {
  scored: (ScoredRow & CapabilityExtra & { relativeWeight: number })[]
  open: (OpenRow & CapabilityExtra & { relativeWeight: number })[]
}
export type DimensionExtra = { subdimensionId: string | null }
export type DimensionCalculation = Calculation<DimensionExtra> & {
  /** W_d, the GB/T 33356 weight (percent), and its share in the total (null without a score). */
  dimensionWeight: number
  shareOfTotal: number | null
}

type Member<E> = { indicator: Indicator; extra: E }

const sumOf = <R>(rows: readonly R[], value: (row: R) => number) =>
  rows.reduce((s, r) => s + value(r), 0)

const calculation = <E>(
  score: AssessmentScore,
  group: GroupAggregate,
  members: readonly Member<E>[],
): Calculation<E> => {
  const byId = new Map(members.map((m) => [m.indicator.id, m]))
  /** The row's common part, or none for an indicator the set does not hold. */
  const row = (indicatorId: string) =>
    [byId.get(indicatorId)].flatMap((m) =>
      m === undefined ? [] : [{ indicatorId, name: m.indicator.name, ...m.extra }],
    )
  const scored = group.contributions.flatMap((c) => row(c.indicatorId).map((r) => ({ ...c, ...r })))
  const open = group.open.flatMap(({ indicatorId, weight }) =>
    row(indicatorId).map((r) => ({
      ...r,
      state: score.outcomes.get(indicatorId)?.state === 'invalid' ? 'invalid' : 'unanswered',
      weight,
    })),
  ) satisfies OpenRow[]
  const notApplicable = members.flatMap(({ indicator }) => {
    const outcome = score.outcomes.get(indicator.id)
    return outcome?.state === 'na'
      ? row(indicator.id).map((r) => ({ ...r, reason: outcome.reason }))
      : []
  })
  const excluded = members.flatMap(({ indicator }) =>
    score.outcomes.get(indicator.id)?.state === 'excluded' ? row(indicator.id) : [],
  )
  return {
    scored,
    notApplicable,
    open,
    excluded,
    totals: {
      sumOfContributions: sumOf(scored, (r) => r.contribution),
      score: group.score,
      coverage: group.coverage,
      scoredWeight: sumOf(scored, (r) => r.weight),
      openWeight: sumOf(open, (r) => r.weight),
    },
  }
}

/**
 * The table behind Cₖ = Σ wᵢ·mᵢₖ·sᵢ / Σ wᵢ·mᵢₖ: one row per indicator informing k (mᵢₖ set),
 * scored rows with weight wᵢ·mᵢₖ, `relativeWeight` wᵢ, share, score and contribution; N/A rows
 * with their reason; open rows with their weight; not-asked rows. Rows follow the engine's order
 * (set order; open rows heaviest first). Indicators the set does not hold are left out.
 */
export const capabilityCalculation = (
  score: AssessmentScore,
  set: IndicatorSet,
  capability: CapabilityId,
): CapabilityCalculation => {
  const members = set.indicators.flatMap((indicator) => {
    const capabilityWeight = indicator.capabilities[capability]
    return capabilityWeight === undefined ? [] : [{ indicator, extra: { capabilityWeight } }]
  })
  const result = calculation(score, score.capabilities[capability], members)
  const withRelative = <R extends { weight: number; capabilityWeight: number }>(r: R) => ({
    ...r,
    relativeWeight: r.weight / r.capabilityWeight,
  })
  return { ...result, scored: result.scored.map(withRelative), open: result.open.map(withRelative) }
}

/**
 * The table behind a dimension score D_d: rows as in `capabilityCalculation`, where the weight is
 * the effective weight (sub-dimension share × indicator share inside it, summing to 1 over the
 * asked indicators), plus the dimension's GB/T weight and its share in the total. Null for a
 * dimension id the score does not hold.
 */
export const dimensionCalculation = (
  score: AssessmentScore,
  set: IndicatorSet,
  dimensionId: string,
): DimensionCalculation | null => {
  const dimension = score.dimensions.find((d) => d.dimensionId === dimensionId)
  if (dimension === undefined) return null
  const members = set.indicators
    .filter((indicator) => indicator.dimension === dimensionId)
    .map((indicator) => ({
      indicator,
      extra: { subdimensionId: indicator.subdimension ?? null },
    }))
  const share = score.total.contributions.find((c) => c.dimensionId === dimensionId)?.share
  return {
    ...calculation(score, dimension, members),
    dimensionWeight: dimension.weight,
    shareOfTotal: share ?? null,
  }
}
