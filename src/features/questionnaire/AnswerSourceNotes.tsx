import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { addProvenanceText } from '../../i18n/provenanceText'
import { assessments, useAssessments } from '../../store/appStore'

addProvenanceText()

/**
 * Whether a card has anything to say about where its answer comes from, as stored when it mounts:
 * the indicator is assigned to a department, or its answer was merged from one. Assignments change
 * only on the departments screen, and nothing in the questionnaire adds a merge mark, so a card
 * that starts without either never needs the subscribed notes below (a read-only tab follows the
 * writing tab and always mounts them).
 */
export const hasAnswerSource = (assessmentId: string, indicatorId: string): boolean => {
  const assessment = assessments.store.getState().byId[assessmentId]
  return (
    assessment?.assignments?.[indicatorId] !== undefined ||
    assessment?.answers[indicatorId]?.merged !== undefined
  )
}

type Props = { assessmentId: string; indicatorId: string }

/**
 * "Answered by <department>" for an assigned indicator, and for an answer merged from a
 * department's return, who filled it in and when it was merged. Subscribed to the store on its
 * own, so it disappears when the coordinator's edit drops the merge mark; mounted only where
 * `hasAnswerSource` (the store calls every subscriber's selector on each keystroke).
 */
export const AnswerSourceNotes = ({ assessmentId, indicatorId }: Props) => {
  const { t, i18n } = useTranslation()
  const department = useAssessments((s) => {
    const assessment = s.byId[assessmentId]
    const id = assessment?.assignments?.[indicatorId]
    return id === undefined ? undefined : assessment?.departments?.find((d) => d.id === id)?.name
  })
  const merged = useAssessments((s) => s.byId[assessmentId]?.answers[indicatorId]?.merged)
  const day = useMemo(
    () => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' }),
    [i18n.language],
  )
  if (department === undefined && merged === undefined) return null
  return (
    <div className="answer-source">
      {department !== undefined && (
        <p className="muted">{t('answerSource.assignedTo', { department })}</p>
      )}
      {merged !== undefined && (
        <p className="muted">
          {t('answerSource.mergedFrom', {
            department: merged.department,
            person: merged.person,
            answeredAt: day.format(new Date(merged.answeredAt)),
            mergedAt: day.format(new Date(merged.mergedAt)),
          })}
        </p>
      )}
    </div>
  )
}
