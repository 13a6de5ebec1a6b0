import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { exportReminderDays, isExportDue } from '../../domain/exchange/reminder'
import { useFormat } from '../../i18n/format'
import { readLastExport, recordExport } from '../../storage/exportReminder'
import { useAssessments } from '../../store/appStore'
import { useImportFlow } from './ImportFlow'
import { loadChunk } from './loadChunk'

type Exporting =
  | { state: 'idle' }
  | { state: 'preparing' }
  | { state: 'done'; count: number; file: string }
  | { state: 'unavailable' }
  | { state: 'failed'; detail: string }

/**
 * Backup and restore for the home page: "Export all (JSON)" (the backup; a reminder appears when
 * none was made for `exportReminderDays` days, or ever), "Export everything (ZIP)" (the same with
 * every attached file) and "Import…" (either file; strict validation, then a
 * choice for every collision, then a summary). Only the buttons and the reminder are here; the
 * code that builds and reads files is fetched on the first click (see `exportFiles`, `ImportFlow`).
 * The three buttons share one row (wrapping on a narrow screen), the import's limits below them.
 * `notice` is shown just above "Export all" (the app puts there what the file would leave out).
 */
export const ExchangePanel = ({ notice }: { notice?: ReactNode }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const count = useAssessments((s) => Object.keys(s.byId).length)
  const ready = useAssessments((s) => s.phase === 'ready')
  const [lastExport, setLastExport] = useState(readLastExport)
  const [exporting, setExporting] = useState<Exporting>({ state: 'idle' })
  const importing = useImportFlow()
  const due = ready && isExportDue(lastExport, new Date().toISOString(), count)

  /** "Export all" (JSON) or, with `zip`, everything with the attached files (its own chunk). */
  const exportAll = async (zip: boolean) => {
    // Not disabled while busy (that would drop keyboard focus): a second click is ignored instead.
    if (exporting.state === 'preparing') return
    setExporting({ state: 'preparing' })
    const chunk = await loadChunk(() =>
      zip
        ? import('./backupZip').then((m) => m.exportBackupZip)
        : import('./exportFiles').then((m) => m.exportAllFile),
    )
    if (!chunk.ok) {
      setExporting({ state: 'unavailable' })
      return
    }
    const result = await chunk.module()
    if (!result.ok) {
      setExporting({ state: 'failed', detail: result.detail })
      return
    }
    recordExport(result.exportedAt)
    setLastExport(result.exportedAt)
    setExporting({ state: 'done', count: result.count, file: result.fileName })
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
      {notice}
      <div className="exchange-actions">
        <button
          type="button"
          className="button"
          onClick={() => void exportAll(false)}
          disabled={!ready || count === 0}
        >
          {t('exchange.exportAll')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => void exportAll(true)}
          disabled={!ready || count === 0}
        >
          {t('exchange.exportZip')}
        </button>
        {importing.button}
        {lastExport !== null && (
          <p className="small muted">
            {t('exchange.lastExport', { time: format.dateTime(lastExport) })}
          </p>
        )}
      </div>
      {ready && count === 0 && <p className="small muted">{t('exchange.nothingToExport')}</p>}
      {exporting.state === 'preparing' && <p role="status">{t('exchange.preparing')}</p>}
      {exporting.state === 'done' && (
        <p role="status">
          {t('exchange.exportedAll', { count: exporting.count, file: exporting.file })}
        </p>
      )}
      {exporting.state === 'unavailable' && (
        <p role="alert" className="banner error">
          {t('exchange.exportUnavailable')}
        </p>
      )}
      {exporting.state === 'failed' && (
        <p role="alert" className="banner error">
          {t('exchange.exportFailed', { detail: exporting.detail })}
        </p>
      )}
      {importing.details}
    </section>
  )
}
