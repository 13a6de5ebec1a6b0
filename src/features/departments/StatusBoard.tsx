import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../components/ui/TableScroll'
import type { Assessment } from '../../domain/assessment/assessment'
import { departmentStatus, type DepartmentStatus } from '../../domain/departments/departmentStatus'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useDates } from './departmentDates'
import { PackageExport } from './PackageExport'

type Props = {
  assessment: Assessment
  set: IndicatorSet
  today: string
  readOnly: boolean
}

const Returned = ({ row }: { row: DepartmentStatus }) => {
  const { t } = useTranslation()
  const dates = useDates()
  if (row.returned === null) return t('departments.status.notReturned')
  return t('departments.status.returnedBy', {
    date: dates.day(row.returned.returnedAt),
    person: row.returned.respondent.name,
    merged: dates.day(row.returned.mergedAt),
  })
}

const Sent = ({ row }: { row: DepartmentStatus }) => {
  const { t } = useTranslation()
  const dates = useDates()
  if (row.latest === null) return t('departments.status.notSent')
  return (
    <>
      {t('departments.status.sent', { date: dates.day(row.latest.createdAt) })}
      {row.latest.superseded > 0 && (
        <span className="muted">
          {' '}
          {t('departments.status.replaced', { count: row.latest.superseded })}
        </span>
      )}
    </>
  )
}

const Due = ({ row }: { row: DepartmentStatus }) => {
  const { t } = useTranslation()
  const dates = useDates()
  const due = row.latest?.dueDate
  if (due === undefined) return t('departments.status.noDue')
  return (
    <>
      {dates.calendar(due)}
      {row.overdue && <strong className="overdue"> {t('departments.status.overdue')}</strong>}
    </>
  )
}

/**
 * Per department: assigned, the package sent, its return, answered / N/A / still open, the due
 * date and whether it is overdue; from a row, a package is exported (again).
 */
export const StatusBoard = ({ assessment, set, today, readOnly }: Props) => {
  const { t } = useTranslation()
  const [exporting, setExporting] = useState<string | null>(null)
  const rows = departmentStatus(assessment, set, today)
  const chosen = rows.find((r) => r.department.id === exporting)
  const caption = t('departments.status.caption')
  return (
    <section aria-labelledby="status-heading">
      <h2 id="status-heading">{t('departments.status.heading')}</h2>
      {rows.length === 0 ? (
        <p>{t('departments.status.empty')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="report-table status-board">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('departments.status.department')}</th>
                <th scope="col">{t('departments.status.assigned')}</th>
                <th scope="col">{t('departments.status.package')}</th>
                <th scope="col">{t('departments.status.returned')}</th>
                <th scope="col">{t('departments.status.answered')}</th>
                <th scope="col">{t('departments.status.notApplicable')}</th>
                <th scope="col">{t('departments.status.open')}</th>
                <th scope="col">{t('departments.status.due')}</th>
                <th scope="col">{t('departments.status.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.department.id}>
                  <th scope="row">{row.department.name}</th>
                  <td>{row.assigned}</td>
                  <td>
                    <Sent row={row} />
                  </td>
                  <td>
                    <Returned row={row} />
                  </td>
                  <td>{row.answered}</td>
                  <td>{row.notApplicable}</td>
                  <td>{row.open}</td>
                  <td>
                    <Due row={row} />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button secondary"
                      disabled={readOnly}
                      aria-label={`${t('departments.package.export')} ${row.department.name}`}
                      onClick={() => setExporting(row.department.id)}
                    >
                      {t('departments.package.export')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {chosen !== undefined && chosen.assigned === 0 && (
        <p role="alert" className="banner warning">
          {t('departments.package.nothingAssigned', { name: chosen.department.name })}
        </p>
      )}
      {chosen !== undefined && chosen.assigned > 0 && (
        <PackageExport
          key={chosen.department.id}
          assessment={assessment}
          set={set}
          department={chosen.department}
          replaces={chosen.latest?.createdAt ?? null}
          readOnly={readOnly}
          onClose={() => setExporting(null)}
        />
      )}
    </section>
  )
}
