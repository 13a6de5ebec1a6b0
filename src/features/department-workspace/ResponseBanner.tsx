import { useTranslation } from 'react-i18next'
import type { PackageFile } from '../../domain/departments/packageFile'
import { useDueDate } from './useDueDate'

/**
 * What this page is: a department's response to a package, not an assessment — whose, for which
 * city and year, when due, and the coordinator's note.
 */
export const ResponseBanner = ({ pkg }: { pkg: PackageFile }) => {
  const { t } = useTranslation()
  const dueDate = useDueDate()
  const named = {
    department: pkg.department.name,
    city: pkg.assessment.city,
    year: pkg.assessment.year,
  }
  return (
    <header className="response-banner">
      <p className="response-kind">{t('workspace.banner.heading')}</p>
      <h1 id="response-title">{t('workspace.pageTitle', named)}</h1>
      <p>{t('workspace.banner.body', named)}</p>
      {pkg.dueDate !== undefined && (
        <p>
          <strong>{t('workspace.banner.due', { date: dueDate(pkg.dueDate) })}</strong>
        </p>
      )}
      {pkg.note !== undefined && (
        <div className="response-note">
          <p>{t('workspace.banner.note')}</p>
          <blockquote>{pkg.note}</blockquote>
        </div>
      )}
    </header>
  )
}
