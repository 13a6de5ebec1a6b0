import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import type { Answer } from '../../domain/assessment/answer'
import type { Assessment } from '../../domain/assessment/assessment'
import type { CityLevel, Indicator, IndicatorSet } from '../../domain/indicators/schema'
import { sectionProgress } from '../../domain/assessment/progress'
import { appliesTo, indicatorOutcome, type IndicatorOutcome } from '../../domain/scoring/outcome'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { assessments, useAssessments } from '../../store/appStore'

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

/** Done-counts per section, computed once per answers object (save-state updates reuse them). */
const countsCache = new WeakMap<object, number[]>()
const sectionCounts = (
  set: IndicatorSet,
  answers: Assessment['answers'],
  cityLevel: CityLevel,
): number[] => {
  const cached = countsCache.get(answers)
  if (cached !== undefined) return cached
  const outcomes = new Map(
    set.indicators.map((i) => [i.id, cachedOutcome(i, answers[i.id], cityLevel)]),
  )
  const counts = sectionProgress(set.meta.dimensions, set.indicators, outcomes).map((p) => p.done)
  countsCache.set(answers, counts)
  return counts
}

/**
 * What the questionnaire page needs, subscribed so that typing re-renders only the card being
 * edited: the page re-renders when a section's done-count changes, not on every keystroke.
 */
export const useQuestionnaire = (id: string) => {
  const set = defaultIndicatorSet()
  const header = useAssessments(
    useShallow((s) => {
      const a = s.byId[id]
      return a === undefined
        ? null
        : {
            city: a.city,
            year: a.year,
            province: a.province,
            cityLevel: a.cityLevel,
            version: a.indicatorSet.version,
          }
    }),
  )
  const counts = useAssessments(
    useShallow((s) => {
      const a = s.byId[id]
      return a === undefined ? [] : sectionCounts(set, a.answers, a.cityLevel)
    }),
  )
  const cityLevel = header?.cityLevel
  /** Which indicators each section asks depends only on the city level, not on the answers. */
  const sections = useMemo(() => {
    if (cityLevel === undefined) return []
    const empty = scoreAssessment(set, {}, cityLevel)
    return sectionProgress(set.meta.dimensions, set.indicators, empty.outcomes)
  }, [set, cityLevel])
  const withCounts = sections.map((s, i) => ({ ...s, done: counts[i] ?? 0 }))
  const done = counts.reduce((a, b) => a + b, 0)
  const asked = sections.reduce((a, s) => a + s.asked, 0)
  /** Outcomes as they are now, read at the moment they are needed (e.g. "next unanswered"). */
  const currentOutcomes = () => {
    const a = assessments.store.getState().byId[id]
    return a === undefined ? new Map() : scoreAssessment(set, a.answers, a.cityLevel).outcomes
  }
  return { set, header, sections: withCounts, done, asked, currentOutcomes }
}
