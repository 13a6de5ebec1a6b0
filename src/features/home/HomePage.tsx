import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { routes } from '../../routes/routes'
import { useAssessments } from '../../store/appStore'
import { AssessmentList } from './AssessmentList'
import { DeletedToast } from './DeletedToast'
import { StorageSection } from './StorageSection'
import './home.css'

type Props = {
  /** Shown under the list once data is loaded (the app puts import/export here). */
  panel?: ReactNode
  /** Extra actions per assessment row (the app puts the export buttons here). */
  rowActions?: (id: string) => ReactNode
  /** Shown under "Where your data is kept" (the app puts unreadable records and backups here). */
  rescue?: ReactNode
  /** Added to the "Delete all local data" question (what else it deletes). */
  wipeWarning?: ReactNode
}

export const HomePage = ({ panel, rowActions, rescue, wipeWarning }: Props) => {
  const { t } = useTranslation()
  usePageTitle(null)
  const phase = useAssessments((s) => s.phase)
  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">{t('home.title')}</h1>
        <Link href={routes.newAssessment.href()} className="button">
          {t('home.new')}
        </Link>
      </div>
      <p className="lead">{t('app.tagline')}</p>
      <p>
        <Link href={routes.departmentResponses.href()}>{t('home.departmentLink')}</Link>
      </p>
      {phase === 'loading' ? (
        <p role="status">{t('common.loading')}</p>
      ) : (
        <AssessmentList rowActions={rowActions} />
      )}
      {phase === 'ready' && panel}
      {phase === 'ready' && <StorageSection extra={rescue} wipeWarning={wipeWarning} />}
      <DeletedToast />
    </section>
  )
}
