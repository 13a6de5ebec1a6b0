import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { indicatorSetCore } from '../../content/defaultIndicatorSet'
import { cityKey } from '../../domain/assessment/assessment'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useAssessments } from '../../store/appStore'
import { AssessmentRow } from './AssessmentRow'

/** The local assessments, newest year first, with completeness and overall level. */
export const AssessmentList = ({
  rowActions,
}: {
  rowActions?: ((id: string) => ReactNode) | undefined
}) => {
  const { t } = useTranslation()
  const list = useAssessments(useShallow((s) => Object.values(s.byId)))
  const format = useFormat()
  const rows = useMemo(() => {
    const set = indicatorSetCore()
    return [...list]
      .sort((a, b) => b.year - a.year || a.city.localeCompare(b.city))
      .map((assessment) => ({
        assessment,
        score: scoreAssessment(set, assessment.answers, assessment.cityLevel),
      }))
  }, [list])
  if (rows.length === 0) return <p>{t('home.empty')}</p>
  return (
    <table className="data-table">
      <caption className="visually-hidden">{t('home.tableCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('assessment.city')}</th>
          <th scope="col">{t('assessment.year')}</th>
          <th scope="col">{t('assessment.completeness')}</th>
          <th scope="col">{t('assessment.overallLevel')}</th>
          <th scope="col">{t('assessment.lastSaved')}</th>
          <th scope="col">{t('common.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ assessment, score }) => (
          <AssessmentRow
            key={assessment.id}
            assessment={assessment}
            score={score}
            format={format}
            extraActions={rowActions?.(assessment.id)}
            sameCity={list
              .filter((a) => cityKey(a.city) === cityKey(assessment.city))
              .sort((a, b) => a.year - b.year)
              .map((a) => a.id)}
          />
        ))}
      </tbody>
    </table>
  )
}
