import { useTranslation } from 'react-i18next'
import { useRegisterSW } from 'virtual:pwa-register/react'

/**
 * Registers the service worker (offline use after the first visit) and, when a new version has
 * been downloaded, offers to reload into it: never mid-edit without asking.
 */
export const UpdatePrompt = () => {
  const { t } = useTranslation()
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW()
  if (!needRefresh) return null
  return (
    <div className="toast" role="status">
      <span>{t('pwa.updateReady')}</span>{' '}
      <button type="button" className="button" onClick={() => void updateServiceWorker(true)}>
        {t('pwa.reload')}
      </button>{' '}
      <button type="button" className="button secondary" onClick={() => setNeedRefresh(false)}>
        {t('pwa.later')}
      </button>
    </div>
  )
}
