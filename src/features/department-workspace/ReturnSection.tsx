import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadBlob } from '../../components/ui/download'
import { responseProgress, type ResponseRecord } from '../../domain/departments/responseRecord'
import { buildReturn, serialiseReturn } from '../../domain/departments/returnFile'
import { returnFileName } from '../../domain/exchange/fileNames'
import { useFormat } from '../../i18n/format'
import { appVersion } from '../../store/appStore'

type Props = {
  record: ResponseRecord
  /** The record as it is in memory at the moment of returning. */
  latest: () => ResponseRecord
  onReturned: (returnedAt: string) => void
}

/**
 * How far the department got, and "Return to the coordinator": the return file (answers, who, a
 * time per answer) downloaded under a name that says whose it is. Needs the respondent.
 */
export const ReturnSection = ({ record, latest, onReturned }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null)
  const progress = responseProgress(record)

  const giveBack = () => {
    const now = latest()
    if (now.respondent === undefined) {
      setMessage({ error: true, text: t('workspace.return.needsRespondent') })
      document.getElementById('respondent-name')?.focus()
      return
    }
    const returnedAt = new Date().toISOString()
    const file = buildReturn(now.package, now.answers, now.respondent, appVersion, returnedAt)
    const name = returnFileName(now.package.assessment, now.package.department.name, returnedAt)
    downloadBlob(new Blob([serialiseReturn(file)], { type: 'application/json' }), name)
    onReturned(returnedAt)
    setMessage({ error: false, text: t('workspace.return.done', { file: name }) })
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
      <button type="button" className="button" onClick={giveBack}>
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
