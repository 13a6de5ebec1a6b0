import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../components/ui/usePageTitle'
import { RecoveryActions } from './RecoveryActions'

/** Shown instead of every screen when the stored assessments could not be read. */
export const StorageLoadFailed = ({ detail }: { detail: string | null }) => {
  const { t } = useTranslation()
  usePageTitle(t('errors.loadFailedTitle'))
  return (
    <section role="alert" aria-labelledby="load-failed-title">
      <h1 id="load-failed-title">{t('errors.loadFailedTitle')}</h1>
      <p>{t('errors.loadFailedBody')}</p>
      <p>{t('errors.loadFailedNext')}</p>
      {detail !== null && (
        <details>
          <summary>{t('errors.details')}</summary>
          <pre>{detail}</pre>
        </details>
      )}
      <RecoveryActions />
    </section>
  )
}
