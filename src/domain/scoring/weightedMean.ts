import type { IndicatorOutcome } from './outcome'

export type WeightedItem = { indicatorId: string; weight: number; outcome: IndicatorOutcome }

export type Contribution = {
  indicatorId: string
  /** The item's weight in this group (wᵢ·mᵢₖ for a capability). */
  weight: number
  /** weight ÷ the total weight of the scored items: the shares add up to 1. */
  share: number
  score: number
  /** share × score: the contributions add up to the group's score. */
  contribution: number
  /** share × (100 − score): how much the group's score would rise if this item reached 100. */
  potentialGain: number
}

export type GroupAggregate = {
  /** Σ wᵢ·sᵢ / Σ wᵢ over scored items; null when nothing is scored. */
  score: number | null
  /** Σ scored wᵢ / Σ wᵢ over scored, unanswered and invalid items (N/A leaves both); null when all are N/A. */
  coverage: number | null
  contributions: Contribution[]
  /** Items still to answer (unanswered or invalid), with their weight, heaviest first. */
  open: { indicatorId: string; weight: number }[]
  counts: { scored: number; na: number; unanswered: number; invalid: number }
}

/**
 * Weighted mean of the scored items with coverage and per-item explanations. Excluded items must
 * not be passed in. Items of weight 0 count in the tallies but change no number.
 */
export const weightedMean = (items: readonly WeightedItem[]): GroupAggregate => {
  const counts = { scored: 0, na: 0, unanswered: 0, invalid: 0 }
  let answeredWeight = 0
  let applicableWeight = 0
  let weightedSum = 0
  const scored: { indicatorId: string; weight: number; score: number }[] = []
  const open: { indicatorId: string; weight: number }[] = []
  for (const { indicatorId, weight, outcome } of items) {
    switch (outcome.state) {
      case 'scored':
        counts.scored++
        answeredWeight += weight
        applicableWeight += weight
        weightedSum += weight * outcome.score
        scored.push({ indicatorId, weight, score: outcome.score })
        break
      case 'na':
        counts.na++
        break
      case 'unanswered':
      case 'invalid':
        counts[outcome.state]++
        applicableWeight += weight
        open.push({ indicatorId, weight })
        break
      case 'excluded':
        break
    }
  }
  const score = answeredWeight > 0 ? weightedSum / answeredWeight : null
  const contributions =
    score === null
      ? []
      : scored.map(({ indicatorId, weight, score: s }) => {
          const share = weight / answeredWeight
          return {
            indicatorId,
            weight,
            share,
            score: s,
            contribution: share * s,
            potentialGain: share * (100 - s),
          }
        })
  return {
    score,
    coverage: applicableWeight > 0 ? answeredWeight / applicableWeight : null,
    contributions,
    open: open.sort((a, b) => b.weight - a.weight),
    counts,
  }
}
