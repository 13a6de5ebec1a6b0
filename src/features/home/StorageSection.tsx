import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  deleteAllLocalData,
  requestPersistence,
  type PersistenceStatus,
} from '../../storage/localData'
import { useAssessments } from '../../store/appStore'

type Props = {
  /** Shown before "Delete all local data". */
  extra?: ReactNode
  /** Added to its question. */
  wipeWarning?: ReactNode
}

/** Where the data lives, whether the browser promised to keep it, and "delete everything". */
export const StorageSection = ({ extra, wipeWarning }: Props) => {
  const { t, i18n } = useTranslation()
  const count = useAssessments((s) => Object.keys(s.byId).length)
  const kind = useAssessments((s) => s.storageKind)
  const [status, setStatus] = useState<PersistenceStatus | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    // Ask only once there is something worth keeping.
    if (count > 0 && kind === 'indexeddb') void requestPersistence().then(setStatus)
  }, [count, kind])

  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1e6)

  const wipe = async () => {
    if (await deleteAllLocalData()) window.location.reload()
    else setFailed(true)
  }

  return (
    <section aria-labelledby="storage-title" className="storage-section">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p>{t('app.localOnly')}</p>
      {status !== null && (
        <p>
          {status.persisted === true
            ? t('storage.persisted')
            : status.persisted === false
              ? t('storage.notPersisted')
              : t('storage.persistUnknown')}{' '}
          {status.usage !== null &&
            status.quota !== null &&
            t('storage.usage', { used: size(status.usage), quota: size(status.quota) })}
        </p>
      )}
      <p className="hint">{t('storage.evictionNote')}</p>
      {extra}
      {confirming ? (
        <div role="group" aria-labelledby="wipe-question" className="actions">
          <p id="wipe-question">{t('storage.confirmDeleteAll', { count })}</p>
          {wipeWarning}
          <button type="button" className="button danger" onClick={() => void wipe()}>
            {t('storage.deleteAllConfirm')}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button danger" onClick={() => setConfirming(true)}>
          {t('storage.deleteAll')}
        </button>
      )}
      {failed && <p role="alert">{t('storage.deleteAllFailed')}</p>}
    </section>
  )
}
