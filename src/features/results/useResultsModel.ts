import { useMemo } from 'react'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import type { Assessment } from '../../domain/assessment/assessment'
import { improvementPriorities, unansweredPriorities } from '../../domain/report/priorities'
import { levelRings, toRadarSeries } from '../../domain/report/radarSeries'
import { strengthsAndWeaknesses } from '../../domain/report/strengthsWeaknesses'
import { targetGaps } from '../../domain/report/targetGaps'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'

/**
 * Every number the results screen shows, from the pure domain: the engine's score and the report
 * view-models built on it. Recomputed only when the answers, city level or targets change.
 */
export const useResultsModel = (assessment: Assessment) => {
  const { answers, cityLevel, targets } = assessment
  return useMemo(() => {
    const set = defaultIndicatorSet()
    const score = scoreAssessment(set, answers, cityLevel)
    const chosen = targets ?? {}
    return {
      set,
      score,
      targets: chosen,
      radar: toRadarSeries(score, set.meta, chosen),
      rings: levelRings(set.meta),
      strengthsAndWeaknesses: strengthsAndWeaknesses(score, set),
      priorities: improvementPriorities(score, set, answers),
      unanswered: unansweredPriorities(score, set),
      gaps: targetGaps(score, chosen, set.meta),
      /** Indicators marked not applicable, of those asked of this city level. */
      naCount: [...score.outcomes.values()].filter((o) => o.state === 'na').length,
    }
  }, [answers, cityLevel, targets])
}

export type ResultsModel = ReturnType<typeof useResultsModel>
