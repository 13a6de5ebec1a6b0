import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useIndicatorSet } from '../../components/ui/indicatorSetContext'
import { sectionProgress } from '../../domain/assessment/progress'
import { sectionDoneCounts } from '../../domain/assessment/sectionDoneCounts'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { assessments, useAssessments } from '../../store/appStore'

/**
 * The fields of an assessment its questionnaire's head shows (and its set version), subscribed
 * shallowly: answers changing do not re-render what uses it. Null while there is no such assessment.
 */
export const useQuestionnaireHeader = (id: string) =>
  useAssessments(
    useShallow((s) => {
      const a = s.byId[id]
      return a === undefined
        ? null
        : {
            city: a.city,
            year: a.year,
            province: a.province,
            cityLevel: a.cityLevel,
            setId: a.indicatorSet.setId,
            version: a.indicatorSet.version,
          }
    }),
  )

/**
 * What the questionnaire page needs, subscribed so that typing re-renders only the card being
 * edited: the page re-renders when a section's done-count changes, not on every keystroke.
 */
export const useQuestionnaire = (id: string) => {
  const set = useIndicatorSet()
  const header = useQuestionnaireHeader(id)
  const counts = useAssessments(
    useShallow((s) => {
      const a = s.byId[id]
      return a === undefined ? [] : sectionDoneCounts(set, a.answers, a.cityLevel)
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
