import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { isKnownSet, setCoreFor } from '../../content/defaultIndicatorSet'
import { useCoreSets } from '../../components/ui/useCoreSets'
import { cityKey } from '../../domain/assessment/assessment'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useAssessments } from '../../store/appStore'
import { AssessmentRow } from './AssessmentRow'

const columns = [
  'assessment.city',
  'assessment.year',
  'assessment.completeness',
  'assessment.overallLevel',
  'assessment.lastSaved',
  'common.actions',
] as const

/**
 * The local assessments, newest year first, with completeness and overall level. Fetched with the
 * scoring only when there is an assessment to list (see `useAssessmentTable`), so a first visit
 * never downloads it.
 */
export const AssessmentTable = ({
  rowActions,
}: {
  rowActions?: ((id: string) => ReactNode) | undefined
}) => {
  const { t } = useTranslation()
  const list = useAssessments(useShallow((s) => Object.values(s.byId)))
  const format = useFormat()
  // Each assessment is scored with the set version it was made with, once that is loaded (this
  // re-renders when it is). Not memoised: a list of a city's years scores in well under a
  // millisecond, and the list re-renders only when the stored assessments change.
  useCoreSets(list.map((a) => a.indicatorSet))
  const rows = [...list]
    .sort((a, b) => b.year - a.year || a.city.localeCompare(b.city))
    .map((assessment) => {
      const set = setCoreFor(assessment.indicatorSet)
      return {
        assessment,
        score:
          set !== null
            ? scoreAssessment(
                set,
                assessment.answers,
                assessment.cityLevel,
                assessment.weightProfile,
              )
            : isKnownSet(assessment.indicatorSet)
              ? ('loading' as const)
              : ('unknown' as const),
      }
    })
  // The explicit roles repeat the elements' own on purpose: on a phone the rows are drawn as cards
  // (display: block), and some browsers (WebKit) then drop a table's meaning for screen readers.
  /* eslint-disable jsx-a11y/no-redundant-roles */
  return (
    <table className="data-table assessment-table" role="table">
      <caption className="visually-hidden">{t('home.tableCaption')}</caption>
      <thead role="rowgroup">
        <tr role="row">
          {columns.map((key) => (
            <th scope="col" role="columnheader" key={key}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
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
  /* eslint-enable jsx-a11y/no-redundant-roles */
}
