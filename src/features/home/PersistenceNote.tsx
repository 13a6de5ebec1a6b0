/**
 * In "Where your data is kept": whether the browser has promised to keep the data, in plain
 * words, with the space used, and, while it has not, a button that asks it once per click. Its
 * code and text are fetched only once there is something to keep (see `StorageSection`). Showing
 * it never asks the browser: the app asks once by itself, after the first save
 * (`storage/persistence.ts`), because Firefox puts a question to the user every time.
 */
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import { addPersistenceText } from '../../i18n/persistenceText'
import { persistence, type PersistenceStatus } from '../../storage/persistence'

// The text comes with the code (see persistenceText.ts).
addPersistenceText()

export const PersistenceNote = () => {
  const { t, i18n } = useTranslation()
  const format = useFormat()
  const [status, setStatus] = useState<PersistenceStatus | null>(null)
  const [asking, setAsking] = useState(false)

  useEffect(() => {
    let live = true
    void persistence.read().then((read) => live && setStatus(read))
    return () => {
      live = false
    }
  }, [])

  if (status === null) return null

  const size = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1e6)

  const askAgain = async () => {
    // Not disabled while asking (that would drop keyboard focus): a second click is ignored.
    if (asking) return
    setAsking(true)
    setStatus(await persistence.askAgain())
    setAsking(false)
  }

  return (
    <div aria-live="polite">
      <p>
        {t(`persistence.${status.state}`)}{' '}
        {status.usage !== null &&
          status.quota !== null &&
          t('persistence.usage', { used: size(status.usage), quota: size(status.quota) })}
      </p>
      {status.request !== null && status.state !== 'granted' && (
        <p className="small muted">
          {t('persistence.askedOn', { time: format.dateTime(status.request.askedAt) })}
        </p>
      )}
      {status.canAsk && (
        <>
          <button type="button" className="button secondary" onClick={() => void askAgain()}>
            {status.request === null ? t('persistence.askNow') : t('persistence.askAgain')}
          </button>
          <p className="small muted">{t('persistence.askNote')}</p>
        </>
      )}
      {asking && <p>{t('persistence.asking')}</p>}
    </div>
  )
}
