import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { deleteAllLocalData } from '../../storage/localData'
import { useAssessments } from '../../store/appStore'
import type { PersistenceNote } from './PersistenceNote'

type Props = {
  /** Shown before "Delete all local data". */
  extra?: ReactNode
  /** Added to its question. */
  wipeWarning?: ReactNode
}

/**
 * Where the data lives, whether the browser promised to keep it, and "delete everything". The
 * promise is told only once there is something to keep in IndexedDB (data in the page's memory
 * ends with the page, and the storage banner says so); its code and text are fetched then, so
 * the first visit never downloads them. A failed fetch (no connection) is logged and shows
 * nothing: the note on best-effort storage below still tells the user to export.
 */
export const StorageSection = ({ extra, wipeWarning }: Props) => {
  const { t } = useTranslation()
  const count = useAssessments((s) => Object.keys(s.byId).length)
  const onDisk = useAssessments((s) => s.storageKind === 'indexeddb')
  const needed = onDisk && count > 0
  const [Note, setNote] = useState<typeof PersistenceNote | null>(null)
  const [confirming, setConfirming] = useState(false)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    if (!needed || Note !== null) return
    let live = true
    import('./PersistenceNote').then(
      (loaded) => live && setNote(() => loaded.PersistenceNote),
      (error: unknown) => console.error(error),
    )
    return () => {
      live = false
    }
  }, [needed, Note])

  const wipe = async () => {
    if (await deleteAllLocalData()) window.location.reload()
    else setFailed(true)
  }

  return (
    <section aria-labelledby="storage-title" className="storage-section">
      <h2 id="storage-title">{t('storage.title')}</h2>
      <p>{t('app.localOnly')}</p>
      {needed && Note !== null && <Note />}
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
