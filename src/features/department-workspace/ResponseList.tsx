import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { ResponseRecord } from '../../domain/departments/responseRecord'
import { responseProgress } from '../../domain/departments/responseRecord'
import { useFormat } from '../../i18n/format'
import { routes } from '../../routes/routes'
import { useDueDate } from './useDueDate'

type ItemProps = { record: ResponseRecord; onRemove: (record: ResponseRecord) => void }

/** One package this browser answers: whose, when due, how far, when last returned. */
const ResponseItem = ({ record, onRemove }: ItemProps) => {
  const { t } = useTranslation()
  const format = useFormat()
  const dueDate = useDueDate()
  const [confirming, setConfirming] = useState(false)
  const pkg = record.package
  const named = {
    department: pkg.department.name,
    city: pkg.assessment.city,
    year: pkg.assessment.year,
  }
  const progress = responseProgress(record)
  const headingId = `response-${pkg.packageId}`
  return (
    <li className="response-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {pkg.department.name}
        {' · '}
        {pkg.assessment.city} {pkg.assessment.year}
      </h3>
      <dl className="response-facts">
        <dt>{t('workspace.list.due')}</dt>
        <dd>{pkg.dueDate === undefined ? t('workspace.list.noDue') : dueDate(pkg.dueDate)}</dd>
        <dt>{t('workspace.list.answered')}</dt>
        <dd>
          {t('workspace.list.answeredCount', {
            done: progress.answered + progress.notApplicable,
            total: pkg.indicatorIds.length,
          })}
        </dd>
        <dt>{t('workspace.list.returned')}</dt>
        <dd>
          {record.lastReturnedAt === undefined
            ? t('workspace.list.never')
            : format.dateTime(record.lastReturnedAt)}
        </dd>
      </dl>
      <div className="actions">
        <Link
          href={routes.departmentResponse.href(pkg.packageId)}
          className="button"
          aria-label={t('workspace.list.openNamed', named)}
        >
          {t('workspace.list.openButton')}
        </Link>
        {confirming ? (
          <span role="group" aria-label={t('workspace.list.confirmRemove', named)}>
            <span>{t('workspace.list.confirmRemove', named)}</span>{' '}
            <button type="button" className="button danger" onClick={() => onRemove(record)}>
              {t('workspace.list.removeButton')}
            </button>{' '}
            <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button danger"
            aria-label={t('workspace.list.removeNamed', named)}
            onClick={() => setConfirming(true)}
          >
            {t('workspace.list.removeButton')}
          </button>
        )}
      </div>
    </li>
  )
}

type Props = { records: readonly ResponseRecord[]; onRemove: (record: ResponseRecord) => void }

/** The packages this browser answers, newest change first; cards, so they fit any width. */
export const ResponseList = ({ records, onRemove }: Props) => {
  const { t } = useTranslation()
  if (records.length === 0) return <p>{t('workspace.list.empty')}</p>
  return (
    <ul className="response-list" aria-label={t('workspace.list.caption')}>
      {records.map((record) => (
        <ResponseItem key={record.package.packageId} record={record} onRemove={onRemove} />
      ))}
    </ul>
  )
}
