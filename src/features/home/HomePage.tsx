import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { routes } from '../../routes/routes'
import { useAssessments } from '../../store/appStore'
import { DeletedToast } from './DeletedToast'
import { StorageSection } from './StorageSection'
import { useAssessmentTable, type RowActionsLoader } from './useAssessmentTable'
import './home.css'

type Props = {
  /** Shown under the list once data is loaded (the app puts import/export here). */
  panel?: ReactNode
  /**
   * Fetches the extra actions of each assessment row, with the table's own code (the app puts the
   * export buttons here). Pass a module-level function: its result is kept.
   */
  loadRowActions?: RowActionsLoader
  /** Shown under "Where your data is kept" (the app puts unreadable records and backups here). */
  rescue?: ReactNode
  /** Added to the "Delete all local data" question (what else it deletes). */
  wipeWarning?: ReactNode
}

export const HomePage = ({ panel, loadRowActions, rescue, wipeWarning }: Props) => {
  const { t } = useTranslation()
  usePageTitle(null)
  const phase = useAssessments((s) => s.phase)
  const count = useAssessments((s) => Object.keys(s.byId).length)
  const table = useAssessmentTable(phase === 'ready' && count > 0, loadRowActions)
  // What is under the list waits for the list's first display (its code included), so it is never
  // pushed down; after that it stays while the table's code is fetched (the first import into an
  // empty list), and only the list's own line says so.
  const [shown, setShown] = useState(false)
  if (!shown && phase === 'ready' && (count === 0 || table !== null)) setShown(true)
  const loading = <p role="status">{t('common.loading')}</p>
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
      {!shown || phase === 'loading' ? (
        loading
      ) : count === 0 ? (
        <p>{t('home.empty')}</p>
      ) : table === null ? (
        loading
      ) : (
        <table.Table rowActions={table.rowActions} />
      )}
      {shown && phase === 'ready' && panel}
      {shown && phase === 'ready' && <StorageSection extra={rescue} wipeWarning={wipeWarning} />}
      <DeletedToast />
    </section>
  )
}
