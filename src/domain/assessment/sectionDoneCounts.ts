import type { CityLevel, Indicator, IndicatorSet } from '../indicators/schema'
import { appliesTo } from '../indicators/applicability'
import { indicatorOutcome, type IndicatorOutcome } from '../scoring/outcome'
import type { Answer } from './answer'
import { sectionProgress } from './progress'

/**
 * Outcomes per stored answer object. A keystroke replaces one answer and keeps the others (the
 * same objects), so counting progress looks up all but one instead of scoring the whole set. Only
 * asked indicators are cached: for those the outcome does not depend on the city level.
 */
const outcomeCache = new WeakMap<Indicator, WeakMap<Answer, IndicatorOutcome>>()
const cachedOutcome = (
  indicator: Indicator,
  answer: Answer | undefined,
  cityLevel: CityLevel,
): IndicatorOutcome => {
  if (answer === undefined || !appliesTo(indicator, cityLevel))
    return indicatorOutcome(indicator, answer, cityLevel)
  let byAnswer = outcomeCache.get(indicator)
  if (byAnswer === undefined) {
    byAnswer = new WeakMap()
    outcomeCache.set(indicator, byAnswer)
  }
  let outcome = byAnswer.get(answer)
  if (outcome === undefined) {
    outcome = indicatorOutcome(indicator, answer, cityLevel)
    byAnswer.set(answer, outcome)
  }
  return outcome
}

const countsCache = new WeakMap<object, Map<CityLevel, number[]>>()

/**
 * Answered-or-N/A counts per dimension, in `set.meta.dimensions` order — the same numbers as
 * `sectionProgress(…, scoreAssessment(set, answers, cityLevel).outcomes)`, computed incrementally:
 * once per answers object (a save-state update reuses them) and once per answer object (a keystroke
 * re-evaluates only the answer it replaced). Unanswered, invalid and excluded indicators count 0.
 */
export const sectionDoneCounts = (
  set: IndicatorSet,
  answers: Readonly<Record<string, Answer>>,
  cityLevel: CityLevel,
): number[] => {
  const byLevel = countsCache.get(answers) ?? new Map<CityLevel, number[]>()
  countsCache.set(answers, byLevel)
  const cached = byLevel.get(cityLevel)
  if (cached !== undefined) return cached
  const outcomes = new Map(
    set.indicators.map((i) => [i.id, cachedOutcome(i, answers[i.id], cityLevel)]),
  )
  const counts = sectionProgress(set.meta.dimensions, set.indicators, outcomes).map((p) => p.done)
  byLevel.set(cityLevel, counts)
  return counts
}
