import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { addWorkspaceText } from '../../i18n/workspaceText'
import { routes } from '../../routes/routes'
import { usePackageProblemText, useStorageFailureText } from './packageProblemText'
import { useStoredResponse, type StoredResponse } from './useStoredResponse'
import { Workspace } from './Workspace'
import './workspace.css'

addWorkspaceText()

/** The page for one package: its workspace once the stored response and its set are ready. */
export const DepartmentResponsePage = ({ packageId }: { packageId: string }) => {
  const stored = useStoredResponse(packageId)
  return stored.phase === 'ready' ? (
    <Workspace initial={stored.record} unsaved={stored.unsaved} set={stored.set} />
  ) : (
    <NotReady stored={stored} />
  )
}

/** Loading, or why the workspace cannot be shown. */
const NotReady = ({ stored }: { stored: Exclude<StoredResponse, { phase: 'ready' }> }) => {
  const { t } = useTranslation()
  const problemText = usePackageProblemText()
  const storageText = useStorageFailureText()
  usePageTitle(t('workspace.title'))
  const back = (
    <p>
      <Link href={routes.departmentResponses.href()}>{t('workspace.back')}</Link>
    </p>
  )
  const message =
    stored.phase === 'loading'
      ? null
      : stored.phase === 'not-found'
        ? t('workspace.notFound')
        : stored.phase === 'damaged'
          ? t('workspace.damagedRecord')
          : stored.phase === 'failed'
            ? t('workspace.list.loadFailed', { reason: storageText(stored.reason) })
            : problemText(stored.problem)
  return (
    <section aria-labelledby="response-title">
      <h1 id="response-title">{t('workspace.title')}</h1>
      {message === null ? (
        <p role="status">{t('workspace.loading')}</p>
      ) : (
        <p role="alert" className="banner error">
          {message}
        </p>
      )}
      {back}
    </section>
  )
}
