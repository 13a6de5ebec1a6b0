import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { LevelLabel } from '../../components/ui/LevelLabel'
import type { Assessment } from '../../domain/assessment/assessment'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import type { useFormat } from '../../i18n/format'
import { routes } from '../../routes/routes'
import { assessmentActions } from '../../store/appStore'

type ColumnKey =
  'assessment.year' | 'assessment.completeness' | 'assessment.overallLevel' | 'assessment.lastSaved'

type Props = {
  assessment: Assessment
  /** Its score; or why there is none: its set version is still loading, or this app lacks it. */
  score: AssessmentScore | 'loading' | 'unknown'
  format: ReturnType<typeof useFormat>
  /** Ids of every assessment of the same city (this one included), oldest first. */
  sameCity: readonly string[]
  extraActions?: ReactNode
}
type Notice =
  | { kind: 'duplicate'; existingId: string; year: number }
  | { kind: 'not-found' }
  | { kind: 'error'; detail: string }
  | null

export const AssessmentRow = ({ assessment, score, format, sameCity, extraActions }: Props) => {
  const { t } = useTranslation()
  const [, navigate] = useLocation()
  const [confirming, setConfirming] = useState(false)
  const [notice, setNotice] = useState<Notice>(null)
  const name = `${assessment.city} ${assessment.year}`

  const duplicate = async () => {
    const year = assessment.year + 1
    const result = await assessmentActions.duplicate(assessment.id, year)
    if (result.ok) navigate(routes.questionnaire.href(result.id))
    else if (result.reason === 'duplicate')
      setNotice({ kind: 'duplicate', existingId: result.existingId, year })
    else if (result.reason === 'not-found') setNotice({ kind: 'not-found' })
    else setNotice({ kind: 'error', detail: result.detail })
  }

  const noScore =
    score === 'loading'
      ? t('home.scoreLoading')
      : t('home.setUnavailable', { version: assessment.indicatorSet.version })

  /** The column's name beside a value, shown only when the rows are drawn as cards on a phone. */
  const label = (key: ColumnKey) => (
    <span className="card-label" aria-hidden="true">
      {t(key)}
    </span>
  )

  // Roles as in AssessmentTable: kept when the rows are drawn as cards. (The linter takes a <td>
  // for a grid cell, which is interactive; in this table it is a plain cell.)
  /* eslint-disable jsx-a11y/no-interactive-element-to-noninteractive-role */
  return (
    <tr role="row">
      <th scope="row" role="rowheader">
        <Link href={routes.questionnaire.href(assessment.id)}>{assessment.city}</Link>
        {assessment.province !== undefined && (
          <span className="muted"> · {assessment.province}</span>
        )}
        <div className="muted small">{t(`cityLevel.${assessment.cityLevel}`)}</div>
      </th>
      <td role="cell">
        {label('assessment.year')}
        {assessment.year}
      </td>
      <td role="cell">
        {label('assessment.completeness')}
        {typeof score === 'string' ? (
          noScore
        ) : (
          <>
            {t('assessment.doneOf', score.completeness)} (
            {format.percent(
              score.completeness.asked === 0
                ? 0
                : score.completeness.done / score.completeness.asked,
            )}
            )
          </>
        )}
      </td>
      <td role="cell">
        {label('assessment.overallLevel')}
        {typeof score === 'string' ? noScore : <LevelLabel level={score.total.level} />}
      </td>
      <td role="cell">
        {label('assessment.lastSaved')}
        {format.dateTime(assessment.updatedAt)}
      </td>
      <td className="row-actions" role="cell">
        <div className="actions">
          {extraActions}
          {sameCity.length > 1 && (
            <Link href={routes.compare.href(sameCity)} className="button secondary">
              {t('home.compareWithPrevious')}
            </Link>
          )}
          <button type="button" className="button secondary" onClick={() => void duplicate()}>
            {t('home.duplicate', { year: assessment.year + 1 })}
          </button>
          {confirming ? (
            <span role="group" aria-label={t('home.confirmDelete', { name })}>
              <span>{t('home.confirmDelete', { name })}</span>{' '}
              <button
                type="button"
                className="button danger"
                onClick={() => void assessmentActions.remove(assessment.id)}
              >
                {t('common.delete')}
              </button>{' '}
              <button
                type="button"
                className="button secondary"
                onClick={() => setConfirming(false)}
              >
                {t('common.cancel')}
              </button>
            </span>
          ) : (
            <button
              type="button"
              className="button danger"
              aria-label={t('home.deleteNamed', { name })}
              onClick={() => setConfirming(true)}
            >
              {t('common.delete')}
            </button>
          )}
          {notice?.kind === 'duplicate' && (
            <p role="alert">
              {t('home.duplicateExists', { city: assessment.city, year: notice.year })}{' '}
              <Link href={routes.questionnaire.href(notice.existingId)}>
                {t('home.openExisting')}
              </Link>
            </p>
          )}
          {notice?.kind === 'not-found' && <p role="alert">{t('home.duplicateSourceMissing')}</p>}
          {notice?.kind === 'error' && (
            <p role="alert">{t('storage.writeFailed', { detail: notice.detail })}</p>
          )}
        </div>
      </td>
    </tr>
  )
  /* eslint-enable jsx-a11y/no-interactive-element-to-noninteractive-role */
}
