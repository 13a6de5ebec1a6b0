import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { serialiseExport } from '../../domain/exchange/exportFile'
import { allAssessmentsFileName } from '../../domain/exchange/fileNames'
import { exportReminderDays, isExportDue } from '../../domain/exchange/reminder'
import { useFormat } from '../../i18n/format'
import { readLastExport, recordExport } from '../../storage/exportReminder'
import { appVersion, assessmentActions, useAssessments } from '../../store/appStore'
import { downloadBlob, jsonBlob } from './download'
import { ImportFlow } from './ImportFlow'

/**
 * Backup and restore for the home page: "Export all (JSON)" (the backup; a reminder appears when
 * none was made for `exportReminderDays` days, or ever) and "Import…" (strict validation, then a
 * choice for every collision, then a summary).
 */
export const ExchangePanel = () => {
  const { t } = useTranslation()
  const format = useFormat()
  const count = useAssessments((s) => Object.keys(s.byId).length)
  const ready = useAssessments((s) => s.phase === 'ready')
  const [lastExport, setLastExport] = useState(readLastExport)
  const [exported, setExported] = useState<{ count: number; file: string } | null>(null)
  const due = ready && isExportDue(lastExport, new Date().toISOString(), count)

  const exportAll = async () => {
    const file = await assessmentActions.exportAll(appVersion)
    const name = allAssessmentsFileName(file.exportedAt)
    downloadBlob(jsonBlob(serialiseExport(file)), name)
    recordExport(file.exportedAt)
    setLastExport(file.exportedAt)
    setExported({ count: file.assessments.length, file: name })
  }

  return (
    <section aria-labelledby="exchange-title" className="exchange">
      <h2 id="exchange-title">{t('exchange.title')}</h2>
      <p className="small">{t('exchange.intro')}</p>
      {due && (
        <p className="banner warning" role="status">
          {lastExport === null
            ? t('exchange.reminder.never')
            : t('exchange.reminder.stale', { days: exportReminderDays })}
        </p>
      )}
      <div className="head-actions">
        <button
          type="button"
          className="button"
          onClick={() => void exportAll()}
          disabled={!ready || count === 0}
        >
          {t('exchange.exportAll')}
        </button>
        {lastExport !== null && (
          <p className="small muted">
            {t('exchange.lastExport', { time: format.dateTime(lastExport) })}
          </p>
        )}
      </div>
      {ready && count === 0 && <p className="small muted">{t('exchange.nothingToExport')}</p>}
      {exported !== null && <p role="status">{t('exchange.exportedAll', exported)}</p>}
      <ImportFlow />
    </section>
  )
}
