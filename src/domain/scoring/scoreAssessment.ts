/**
 * The scoring engine: answers in, every score of an assessment out. Pure and deterministic — no
 * I/O, no clock, no rounding (rounding happens only on display).
 *
 * Method (shown to users on the Methodology page):
 * 1. Each indicator gets an outcome (see `indicatorOutcome`): scored sᵢ ∈ [0, 100], N/A, unanswered,
 *    invalid (treated as unanswered) or excluded (not asked of this city level).
 * 2. Capability k: Cₖ = Σ wᵢ·mᵢₖ·sᵢ / Σ wᵢ·mᵢₖ over scored indicators, where mᵢₖ is the indicator's
 *    weight on k (primary 1, secondary < 1) and wᵢ its weight relative to the mean weight of its
 *    (sub-)dimension group, so an equal-weight group gives every member wᵢ = 1. The GB/T 33356
 *    dimension weights do not enter capability scores: the capability view should not be dominated
 *    by the citizen-services dimension's 37 %.
 *    Coverage = Σ scored wᵢ·mᵢₖ / Σ (scored + unanswered + invalid) wᵢ·mᵢₖ; N/A leaves both sums.
 * 3. Dimension d: weighted mean of its indicators with effective weights
 *    (sub-dimension weight ÷ Σ sub-dimension weights) × (indicator weight ÷ Σ indicator weights in
 *    its sub-dimension); sub-dimensions or indicators that do not apply to the city level drop out.
 * 4. Total: Σ W_d·D_d / Σ W_d over dimensions with a score (W_d: the GB/T 33356 weights); coverage
 *    Σ W_d·coverage_d / Σ W_d over dimensions with a coverage.
 * 5. Levels: ITU-T Y.4904 L1–L5 from the set's thresholds; provisional when coverage is below the
 *    set's `provisionalBelowCoverage`.
 */
import type { Answers } from '../assessment/answer'
import type {
  CapabilityId,
  CityLevel,
  Dimension,
  Indicator,
  IndicatorSet,
} from '../indicators/schema'
import { capabilityIds } from '../indicators/schema'
import { levelResult, type LevelResult } from './maturityLevel'
import { indicatorOutcome, type IndicatorOutcome } from './outcome'
import { weightedMean, type GroupAggregate, type WeightedItem } from './weightedMean'

export type GroupScore = GroupAggregate & { level: LevelResult | null }
export type DimensionScore = GroupScore & { dimensionId: string; weight: number }
export type TotalContribution = {
  dimensionId: string
  weight: number
  share: number
  score: number
  contribution: number
}

export type AssessmentScore = {
  outcomes: ReadonlyMap<string, IndicatorOutcome>
  capabilities: Readonly<Record<CapabilityId, GroupScore>>
  dimensions: readonly DimensionScore[]
  total: {
    score: number | null
    coverage: number | null
    level: LevelResult | null
    contributions: TotalContribution[]
  }
  /** Indicators answered or marked N/A, of those asked of this city level. */
  completeness: { done: number; asked: number }
}

const groupKey = (indicator: Indicator) => indicator.subdimension ?? indicator.dimension

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

type Asked = { indicator: Indicator; outcome: IndicatorOutcome; relativeWeight: number }

/** Groups items by key, keeping first-seen order: `[key, members]` pairs. */
const groupBy = <T>(items: readonly T[], key: (item: T) => string): [string, T[]][] => {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return [...groups]
}

/** The asked indicators with their outcome and their weight relative to their group's mean weight. */
const askedIndicators = (set: IndicatorSet, answers: Answers, cityLevel: CityLevel): Asked[] => {
  const asked = set.indicators.flatMap((indicator) => {
    const outcome = indicatorOutcome(indicator, answers[indicator.id], cityLevel)
    return outcome.state === 'excluded' ? [] : [{ indicator, outcome }]
  })
  return groupBy(asked, (a) => groupKey(a.indicator)).flatMap(([, members]) => {
    const mean = sum(members.map((m) => m.indicator.weight)) / members.length
    return members.map((m) => ({ ...m, relativeWeight: m.indicator.weight / mean }))
  })
}

/** A dimension's asked indicators with effective weights summing to 1 (see step 3 above). */
const dimensionItems = (dimension: Dimension, asked: readonly Asked[]): WeightedItem[] => {
  const members = asked.filter((a) => a.indicator.dimension === dimension.id)
  const groupWeight = (key: string) =>
    dimension.subdimensions?.find((s) => s.id === key)?.weight ?? 1
  const groups = groupBy(members, (m) => groupKey(m.indicator))
  const totalGroupWeight = sum(groups.map(([key]) => groupWeight(key)))
  return groups.flatMap(([key, group]) => {
    const groupTotal = sum(group.map((m) => m.indicator.weight))
    const share = groupWeight(key) / totalGroupWeight
    return group.map((m) => ({
      indicatorId: m.indicator.id,
      weight: share * (m.indicator.weight / groupTotal),
      outcome: m.outcome,
    }))
  })
}

export const scoreAssessment = (
  set: IndicatorSet,
  answers: Answers,
  cityLevel: CityLevel,
): AssessmentScore => {
  const asked = askedIndicators(set, answers, cityLevel)
  const withLevel = (aggregate: GroupAggregate): GroupScore => ({
    ...aggregate,
    level: levelResult(aggregate.score, aggregate.coverage ?? 0, set.meta),
  })

  const capabilityEntries = capabilityIds.map((k) => {
    const items = asked.flatMap(({ indicator, outcome, relativeWeight }) => {
      const m = indicator.capabilities[k]
      return m === undefined
        ? []
        : [{ indicatorId: indicator.id, weight: relativeWeight * m, outcome }]
    })
    return [k, withLevel(weightedMean(items))] as const
  })

  const dimensions = set.meta.dimensions.map((dimension): DimensionScore => ({
    dimensionId: dimension.id,
    weight: dimension.weight,
    ...withLevel(weightedMean(dimensionItems(dimension, asked))),
  }))

  const scoredDimensions = dimensions.flatMap((d) =>
    d.score === null ? [] : [{ ...d, score: d.score }],
  )
  const scoredWeight = sum(scoredDimensions.map((d) => d.weight))
  const totalScore =
    scoredWeight > 0 ? sum(scoredDimensions.map((d) => d.weight * d.score)) / scoredWeight : null
  const covered = dimensions.flatMap((d) =>
    d.coverage === null ? [] : [{ weight: d.weight, coverage: d.coverage }],
  )
  const coveredWeight = sum(covered.map((d) => d.weight))
  const totalCoverage =
    coveredWeight > 0 ? sum(covered.map((d) => d.weight * d.coverage)) / coveredWeight : null

  return {
    outcomes: new Map(
      set.indicators.map((i) => [i.id, indicatorOutcome(i, answers[i.id], cityLevel)]),
    ),
    capabilities: Object.fromEntries(capabilityEntries) as Record<CapabilityId, GroupScore>,
    dimensions,
    total: {
      score: totalScore,
      coverage: totalCoverage,
      level: levelResult(totalScore, totalCoverage ?? 0, set.meta),
      contributions: scoredDimensions.map((d) => ({
        dimensionId: d.dimensionId,
        weight: d.weight,
        share: d.weight / scoredWeight,
        score: d.score,
        contribution: (d.weight / scoredWeight) * d.score,
      })),
    },
    completeness: {
      done: asked.filter((a) => a.outcome.state === 'scored' || a.outcome.state === 'na').length,
      asked: asked.length,
    },
  }
}
