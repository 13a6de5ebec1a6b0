/**
 * Improvement priorities: which indicators would lift the GB/T 33356-weighted total the most, with
 * the concrete next step for each; and which open indicators to answer first.
 */
import type { Answers } from '../assessment/answer'
import { primaryCapability } from '../indicators/capabilities'
import { capabilityIds, type CapabilityId, type IndicatorSet } from '../indicators/schema'
import type { AssessmentScore } from '../scoring/scoreAssessment'
import { nextStep, type NextStep } from './nextStep'
import { byValueDescThenKey } from './ranking'

export type Priority = {
  indicatorId: string
  dimensionId: string
  primaryCapability: CapabilityId | null
  /** The indicator's own score sᵢ. */
  score: number
  /** Points the total would rise by if this indicator reached 100. */
  gainOnTotal: number
  /** Points each capability it informs would rise by if it reached 100. */
  gainByCapability: Partial<Record<CapabilityId, number>>
  next: NextStep
}

export type OpenPriority = {
  indicatorId: string
  dimensionId: string
  primaryCapability: CapabilityId | null
  state: 'unanswered' | 'invalid'
  /** How much the total's coverage (0–1) would rise if this indicator were answered. */
  coverageGain: number
}

const sortAndLimit = <T extends { indicatorId: string }>(
  items: readonly T[],
  value: (item: T) => number,
  limit: number,
): T[] =>
  items
    .map((item) => ({ item, value: value(item), key: item.indicatorId }))
    .sort(byValueDescThenKey)
    .slice(0, Math.max(0, limit))
    .map(({ item }) => item)

/**
 * Scored indicators ranked by their potential gain on the total:
 * `gainOnTotal = share_d × share_i,d × (100 − sᵢ)`, where share_d is the dimension's share in the
 * total (`score.total.contributions`) and share_i,d × (100 − sᵢ) the indicator's `potentialGain`
 * inside its dimension. Over all scored indicators these gains add up to 100 − total.
 * `gainByCapability[k]` is the indicator's `potentialGain` in capability k (absent where it does
 * not inform k). A KPI's next step names the target of the city level scored for. Left out:
 * indicators with no gain (score 100), indicators without a next step (`nextStep` is null, e.g.
 * the top rubric level or the best option scoring below 100), indicators of a dimension the
 * weight profile reports apart (they move no total), and indicators the set does not hold.
 * Sorted by gainOnTotal (highest first, 1e-9 ties by id);
 * at most `limit` items.
 */
export const improvementPriorities = (
  score: AssessmentScore,
  set: IndicatorSet,
  answers: Answers,
  { limit = 10 }: { limit?: number } = {},
): Priority[] => {
  const indicators = new Map(set.indicators.map((i) => [i.id, i]))
  const dimensionShares = new Map(score.total.contributions.map((c) => [c.dimensionId, c.share]))
  const capabilityGains = capabilityIds.map(
    (k) =>
      [k, new Map(score.capabilities[k].contributions.map((c) => [c.indicatorId, c]))] as const,
  )
  const candidates = score.dimensions.flatMap(({ dimensionId, contributions }) => {
    const share = dimensionShares.get(dimensionId) ?? 0
    return contributions.flatMap((c): Priority[] => {
      const indicator = indicators.get(c.indicatorId)
      if (indicator === undefined || c.potentialGain <= 0 || share === 0) return []
      const next = nextStep(
        indicator,
        score.outcomes.get(c.indicatorId),
        answers[c.indicatorId],
        score.cityLevel,
      )
      if (next === null) return []
      const gainByCapability = Object.fromEntries(
        capabilityGains.flatMap(([k, gains]) => {
          const gain = gains.get(c.indicatorId)?.potentialGain
          return gain === undefined ? [] : [[k, gain]]
        }),
      )
      return [
        {
          indicatorId: c.indicatorId,
          dimensionId,
          primaryCapability: primaryCapability(indicator),
          score: c.score,
          gainOnTotal: share * c.potentialGain,
          gainByCapability,
          next,
        },
      ]
    })
  })
  return sortAndLimit(candidates, (p) => p.gainOnTotal, limit)
}

/**
 * Open indicators (unanswered or invalid) ranked for "answer these first" by how much answering
 * each would raise the total's coverage:
 * `coverageGain = W_d / Σ W_d′ × wᵢ / Σ_applicable w_d`, where W are the GB/T weights of the
 * dimensions that have a coverage (not all N/A), wᵢ the indicator's effective weight in its
 * dimension and the last sum runs over the dimension's scored and open indicators. Without N/A
 * in the dimension that sum is 1, so the gain is the dimension share × the effective weight.
 * The gains of all open indicators add up to 1 − total coverage. Sorted highest first (1e-9 ties
 * by id); at most `limit` items (all by default). Indicators the set does not hold are left out.
 */
export const unansweredPriorities = (
  score: AssessmentScore,
  set: IndicatorSet,
  { limit = Number.POSITIVE_INFINITY }: { limit?: number } = {},
): OpenPriority[] => {
  const indicators = new Map(set.indicators.map((i) => [i.id, i]))
  const covered = score.dimensions.filter((d) => d.coverage !== null)
  const coveredWeight = covered.reduce((sum, d) => sum + d.weight, 0)
  const candidates = covered.flatMap(({ dimensionId, weight, contributions, open }) => {
    const applicable = [...contributions, ...open].reduce((sum, item) => sum + item.weight, 0)
    return open.flatMap((o): OpenPriority[] => {
      const indicator = indicators.get(o.indicatorId)
      if (indicator === undefined) return []
      const state =
        score.outcomes.get(o.indicatorId)?.state === 'invalid' ? 'invalid' : 'unanswered'
      const coverageGain = (weight / coveredWeight) * (o.weight / applicable)
      return [
        {
          indicatorId: o.indicatorId,
          dimensionId,
          primaryCapability: primaryCapability(indicator),
          state,
          coverageGain,
        },
      ]
    })
  })
  return sortAndLimit(candidates, (p) => p.coverageGain, limit)
}
