import { useMemo } from 'react'
import { useIndicatorSet } from '../ui/indicatorSetContext'
import type { Assessment } from '../../domain/assessment/assessment'
import { improvementPriorities, unansweredPriorities } from '../../domain/report/priorities'
import { levelRings, toRadarSeries } from '../../domain/report/radarSeries'
import { strengthsAndWeaknesses } from '../../domain/report/strengthsWeaknesses'
import { targetGaps } from '../../domain/report/targetGaps'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'

type Options = {
  /** How many improvement priorities to rank (the domain's default is 10). */
  priorityLimit?: number
}

/**
 * Every number the results screen and the print summary show, from the pure domain, computed
 * with the assessment's own set version (from its screen's context) and its weight profile: the
 * engine's score and the report view-models built on it. Recomputed only when the answers, city
 * level, targets, weight profile or options change.
 */
export const useReportModel = (assessment: Assessment, { priorityLimit }: Options = {}) => {
  const { answers, cityLevel, targets, weightProfile } = assessment
  const set = useIndicatorSet()
  return useMemo(() => {
    const score = scoreAssessment(set, answers, cityLevel, weightProfile)
    const chosen = targets ?? {}
    return {
      set,
      score,
      targets: chosen,
      radar: toRadarSeries(score, set.meta, chosen),
      rings: levelRings(set.meta),
      strengthsAndWeaknesses: strengthsAndWeaknesses(score, set),
      priorities: improvementPriorities(
        score,
        set,
        answers,
        priorityLimit === undefined ? {} : { limit: priorityLimit },
      ),
      unanswered: unansweredPriorities(score, set),
      gaps: targetGaps(score, chosen, set.meta),
      /** Indicators marked not applicable, of those asked of this city level. */
      naCount: [...score.outcomes.values()].filter((o) => o.state === 'na').length,
    }
  }, [set, answers, cityLevel, targets, weightProfile, priorityLimit])
}

export type ReportModel = ReturnType<typeof useReportModel>
