import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadBlob } from '../../components/ui/download'
import { responseProgress, type ResponseRecord } from '../../domain/departments/responseRecord'
import { buildReturn } from '../../domain/departments/returnFile'
import { useFormat } from '../../i18n/format'
import { addZipReturnText } from '../../i18n/zipReturnText'
import { appVersion } from '../../store/appStore'
import { returnDownload } from './returnDownload'

addZipReturnText()

type Props = {
  record: ResponseRecord
  /** The record as it is in memory at the moment of returning. */
  latest: () => ResponseRecord
  onReturned: (returnedAt: string) => void
}

/**
 * How far the department got, and "Return to the coordinator": the return file (answers, who, a
 * time per answer) downloaded under a name that says whose it is; a ZIP return when the answers
 * attach files the package did not carry (`returnDownload`). Needs the respondent.
 */
export const ReturnSection = ({ record, latest, onReturned }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const progress = responseProgress(record)

  const [busy, setBusy] = useState(false)

  const giveBack = async () => {
    const now = latest()
    if (now.respondent === undefined) {
      setMessage({ error: true, text: t('workspace.return.needsRespondent') })
      document.getElementById('respondent-name')?.focus()
      return
    }
    const returnedAt = new Date().toISOString()
    const file = buildReturn(now.package, now.answers, now.respondent, appVersion, returnedAt)
    setBusy(true)
    const download = await returnDownload(file, now.package)
    setBusy(false)
    if (!download.ok) {
      setMessage({
        error: true,
        text: t('zipReturn.readFailed', { name: download.file, detail: download.detail }),
      })
      return
    }
    downloadBlob(download.blob, download.name)
    onReturned(returnedAt)
    setMessage({
      error: false,
      text:
        download.files === 0
          ? t('workspace.return.done', { file: download.name })
          : t('zipReturn.done', { file: download.name, count: download.files }),
    })
  }

  return (
    <section aria-labelledby="return-title" className="return-section">
      <h2 id="return-title">{t('workspace.return.heading')}</h2>
      <p>
        {t('workspace.return.summary', {
          answered: progress.answered,
          notApplicable: progress.notApplicable,
          open: progress.open,
          total: record.package.indicatorIds.length,
        })}
      </p>
      {record.lastReturnedAt !== undefined && (
        <p>{t('workspace.return.last', { date: format.dateTime(record.lastReturnedAt) })}</p>
      )}
      <p className="hint">{t('workspace.return.hint')}</p>
      <button type="button" className="button" disabled={busy} onClick={() => void giveBack()}>
        {t('workspace.return.button')}
      </button>
      {message !== null && (
        <p
          role={message.error ? 'alert' : 'status'}
          className={message.error ? 'banner error' : 'banner info'}
        >
          {message.text}
        </p>
      )}
    </section>
  )
}
