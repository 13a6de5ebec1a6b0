/**
 * The scoring engine: answers in, every score of an assessment out. Pure and deterministic — no
 * I/O, no clock, no rounding (rounding happens only on display).
 *
 * Method (shown to users on the Methodology page):
 * 1. Each indicator gets an outcome (see `indicatorOutcome`): scored sᵢ ∈ [0, 100], N/A, unanswered,
 *    invalid (treated as unanswered) or excluded (not asked of this city level). A KPI scores
 *    against the baseline and target of the city level (a county-level city's own where the
 *    indicator sets them).
 * 2. Capability k: Cₖ = Σ wᵢ·mᵢₖ·sᵢ / Σ wᵢ·mᵢₖ over scored indicators, where mᵢₖ is the indicator's
 *    weight on k (primary 1, secondary < 1) and wᵢ its weight relative to the mean weight of its
 *    (sub-)dimension group, so an equal-weight group gives every member wᵢ = 1. Dimension weights
 *    (and so the weight profile) do not enter capability scores: the capability view should not be
 *    dominated by the citizen-services dimension's 37 %, and it is the same under every profile.
 *    Coverage = Σ scored wᵢ·mᵢₖ / Σ (scored + unanswered + invalid) wᵢ·mᵢₖ; N/A leaves both sums.
 * 3. Dimension d: weighted mean of its indicators with effective weights
 *    (group weight g_p ÷ Σ g over the groups present) × (indicator weight ÷ Σ indicator weights in
 *    its group), where a group is a sub-dimension (or the dimension itself for indicators without
 *    one) and g_p comes from the weighting (`resolveWeighting`): the sub-dimension's own weight, or
 *    under a profile that states sub-dimension weights p (percent of the total) inside a dimension
 *    of weight W_d, p ÷ W_d for those and (1 − Σ p ÷ W_d) × w_p ÷ Σ_others w for the others.
 *    Sub-dimensions or indicators that do not apply to the city level drop out.
 * 4. Total: Σ W_d·D_d / Σ W_d over dimensions with a score that the weighting weights (W_d: the
 *    set's dimension weights, or the chosen profile's); coverage Σ W_d·coverage_d / Σ W_d over
 *    those with a coverage. A dimension the profile reports apart keeps its score, level and
 *    coverage but enters neither sum: nothing is added or deducted for it.
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
import { appliesTo } from '../indicators/applicability'
import { indicatorOutcome, type IndicatorOutcome } from './outcome'
import { weightedMean, type GroupAggregate } from './weightedMean'
import { resolveWeighting, type Weighting } from './weighting'

export type GroupScore = GroupAggregate & { level: LevelResult | null }
export type DimensionScore = GroupScore & {
  dimensionId: string
  /** W_d, the dimension's percent of the total under the weighting; 0 when reported apart. */
  weight: number
  /** Scored and shown, but left out of the total (the profile reports it apart). */
  apart: boolean
}
export type TotalContribution = {
  dimensionId: string
  weight: number
  share: number
  score: number
  contribution: number
}

export type AssessmentScore = {
  /** The city level scored for: it decides which indicators are asked and which KPI targets apply. */
  cityLevel: CityLevel
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
  /**
   * The weight profile used (`profileId`), and the one asked for when the set does not define it
   * (`unknownProfile`; the set's own weights were used instead), else null.
   */
  weighting: { profileId: string; unknownProfile: string | null }
}

const groupKey = (indicator: Indicator) => indicator.subdimension ?? indicator.dimension

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

type PlanItem = { indicator: Indicator; weight: number }

/** Everything that depends only on the set and the city level, computed once and reused. */
type Plan = {
  capabilities: (readonly [CapabilityId, PlanItem[]])[]
  /** `weight`: W_d under the weighting, null when the dimension is reported apart. */
  dimensions: { dimension: Dimension; weight: number | null; items: PlanItem[] }[]
}

/** Groups items by key, keeping first-seen order: `[key, members]` pairs. */
const groupBy = <T>(items: readonly T[], key: (item: T) => string): [string, T[]][] => {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    const members = groups.get(k)
    if (members === undefined) groups.set(k, [item])
    else members.push(item)
  }
  return [...groups]
}

/** Each asked indicator with its weight relative to its group's mean weight (step 2). */
const relativeWeights = (asked: readonly Indicator[]): PlanItem[] => {
  const out: PlanItem[] = []
  for (const [, members] of groupBy(asked, groupKey)) {
    const mean = sum(members.map((m) => m.weight)) / members.length
    for (const indicator of members) out.push({ indicator, weight: indicator.weight / mean })
  }
  return out
}

/** A dimension's asked indicators with effective weights summing to 1 (step 3). */
const dimensionItems = (
  dimension: Dimension,
  asked: readonly Indicator[],
  weighting: Weighting,
): PlanItem[] => {
  const members = asked.filter((i) => i.dimension === dimension.id)
  const groupWeight = (key: string) => weighting.groupWeight(dimension, key)
  const groups = groupBy(members, groupKey)
  const totalGroupWeight = sum(groups.map(([key]) => groupWeight(key)))
  const items: PlanItem[] = []
  for (const [key, group] of groups) {
    const groupTotal = sum(group.map((m) => m.weight))
    const share = groupWeight(key) / totalGroupWeight
    for (const indicator of group)
      items.push({ indicator, weight: share * (indicator.weight / groupTotal) })
  }
  return items
}

const buildPlan = (set: IndicatorSet, cityLevel: CityLevel, weighting: Weighting): Plan => {
  const asked = set.indicators.filter((i) => appliesTo(i, cityLevel))
  const relative = relativeWeights(asked)
  return {
    capabilities: capabilityIds.map((k) => {
      const items: PlanItem[] = []
      for (const { indicator, weight } of relative) {
        const m = indicator.capabilities[k]
        if (m !== undefined) items.push({ indicator, weight: weight * m })
      }
      return [k, items] as const
    }),
    dimensions: set.meta.dimensions.map((dimension) => ({
      dimension,
      weight: weighting.dimensionWeight(dimension),
      items: dimensionItems(dimension, asked, weighting),
    })),
  }
}

/**
 * Plans per set object, city level and profile; sets are immutable, so a plan never goes stale and
 * memoising is pure.
 */
const plans = new WeakMap<IndicatorSet, Map<string, Plan>>()

const planFor = (set: IndicatorSet, cityLevel: CityLevel, weighting: Weighting): Plan => {
  let bySet = plans.get(set)
  if (bySet === undefined) {
    bySet = new Map()
    plans.set(set, bySet)
  }
  const key = `${cityLevel} ${weighting.profileId}`
  let plan = bySet.get(key)
  if (plan === undefined) {
    plan = buildPlan(set, cityLevel, weighting)
    bySet.set(key, plan)
  }
  return plan
}

/**
 * Every score of an assessment with `answers` at `cityLevel`, weighted with the weight profile
 * `profileId` of the set (absent: the set's own weights). A `profileId` the set does not define
 * never throws: the set's own weights are used and `weighting.unknownProfile` says so.
 */
export const scoreAssessment = (
  set: IndicatorSet,
  answers: Answers,
  cityLevel: CityLevel,
  profileId?: string,
): AssessmentScore => {
  const weighting = resolveWeighting(set.meta, profileId)
  const plan = planFor(set, cityLevel, weighting)
  const memo = new Map<Indicator, IndicatorOutcome>()
  const outcomeOf = (indicator: Indicator): IndicatorOutcome => {
    let outcome = memo.get(indicator)
    if (outcome === undefined) {
      outcome = indicatorOutcome(indicator, answers[indicator.id], cityLevel)
      memo.set(indicator, outcome)
    }
    return outcome
  }
  const aggregate = (items: readonly PlanItem[]): GroupScore => {
    const result = weightedMean(
      items.map(({ indicator, weight }) => ({
        indicatorId: indicator.id,
        weight,
        outcome: outcomeOf(indicator),
      })),
    )
    return { ...result, level: levelResult(result.score, result.coverage ?? 0, set.meta) }
  }

  const capabilities = Object.fromEntries(
    plan.capabilities.map(([k, items]) => [k, aggregate(items)]),
  ) as Record<CapabilityId, GroupScore>
  const dimensions = plan.dimensions.map(({ dimension, weight, items }): DimensionScore => ({
    dimensionId: dimension.id,
    weight: weight ?? 0,
    apart: weight === null,
    ...aggregate(items),
  }))
  const weighted = dimensions.filter((d) => !d.apart)

  const scoredDimensions = weighted.flatMap((d) =>
    d.score === null ? [] : [{ ...d, score: d.score }],
  )
  const scoredWeight = sum(scoredDimensions.map((d) => d.weight))
  const totalScore =
    scoredWeight > 0 ? sum(scoredDimensions.map((d) => d.weight * d.score)) / scoredWeight : null
  const covered = weighted.flatMap((d) =>
    d.coverage === null ? [] : [{ weight: d.weight, coverage: d.coverage }],
  )
  const coveredWeight = sum(covered.map((d) => d.weight))
  const totalCoverage =
    coveredWeight > 0 ? sum(covered.map((d) => d.weight * d.coverage)) / coveredWeight : null
  const outcomes = new Map(set.indicators.map((i) => [i.id, outcomeOf(i)]))
  const asked = [...outcomes.values()].filter((o) => o.state !== 'excluded')

  return {
    cityLevel,
    outcomes,
    capabilities,
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
      done: asked.filter((o) => o.state === 'scored' || o.state === 'na').length,
      asked: asked.length,
    },
    weighting: { profileId: weighting.profileId, unknownProfile: weighting.unknownProfile },
  }
}
