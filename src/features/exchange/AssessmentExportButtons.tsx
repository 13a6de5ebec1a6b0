import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { toCsv } from '../../domain/exchange/csv'
import { serialiseExport } from '../../domain/exchange/exportFile'
import { assessmentFileName } from '../../domain/exchange/fileNames'
import { answerTable, summaryTable } from '../../domain/exchange/table'
import { appVersion, assessmentActions, useAssessments } from '../../store/appStore'
import { csvBlob, downloadBlob, jsonBlob } from './download'
import { useTableLabels } from './useTableLabels'
import { fitsXlsx } from './xlsxLimits'

type Notice = { kind: 'preparing' } | { kind: 'too-large' } | { kind: 'failed'; detail: string }

/** Column widths (in characters) of the answers sheet, in the order of `answerTable`. */
const answerWidths = [10, 14, 36, 28, 12, 14, 24, 48, 22, 40]
const summaryWidths = [16, 36, 14, 22, 14]

/**
 * "Export JSON" (importable, one assessment), "Export CSV" and "Export XLSX" (answers and scores
 * for spreadsheets, in the interface language) for one assessment.
 */
export const AssessmentExportButtons = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const assessment = useAssessments((s) => s.byId[id])
  const { labels, lang } = useTableLabels()
  const [notice, setNotice] = useState<Notice | null>(null)
  if (assessment === undefined) return null
  const name = `${assessment.city} ${assessment.year}`

  const tables = () => {
    const set = defaultIndicatorSet()
    return {
      answers: answerTable(set, assessment, lang, labels),
      summary: summaryTable(set, assessment, lang, labels),
    }
  }

  const exportJson = async () => {
    const file = await assessmentActions.exportOne(id, appVersion)
    if (file !== null)
      downloadBlob(jsonBlob(serialiseExport(file)), assessmentFileName(assessment, 'json'))
  }

  const exportCsv = () => {
    const { answers, summary } = tables()
    downloadBlob(csvBlob(toCsv([answers, summary])), assessmentFileName(assessment, 'csv'))
  }

  const exportXlsx = async () => {
    const { answers, summary } = tables()
    if (!fitsXlsx([answers, summary])) {
      setNotice({ kind: 'too-large' })
      return
    }
    setNotice({ kind: 'preparing' })
    try {
      // Loaded on demand: the spreadsheet library is not part of the first screen's JavaScript.
      const { xlsxBlob } = await import('./xlsxExport')
      const blob = await xlsxBlob([
        { name: t('exchange.table.sheetAnswers'), table: answers, widths: answerWidths },
        { name: t('exchange.table.sheetSummary'), table: summary, widths: summaryWidths },
      ])
      downloadBlob(blob, assessmentFileName(assessment, 'xlsx'))
      setNotice(null)
    } catch (error) {
      setNotice({ kind: 'failed', detail: error instanceof Error ? error.message : String(error) })
    }
  }

  return (
    <span role="group" aria-label={t('exchange.perAssessment.group', { name })}>
      <button
        type="button"
        className="button secondary"
        aria-label={t('exchange.perAssessment.jsonLabel', { name })}
        onClick={() => void exportJson()}
      >
        {t('exchange.perAssessment.json')}
      </button>{' '}
      <button
        type="button"
        className="button secondary"
        aria-label={t('exchange.perAssessment.csvLabel', { name })}
        onClick={exportCsv}
      >
        {t('exchange.perAssessment.csv')}
      </button>{' '}
      <button
        type="button"
        className="button secondary"
        aria-label={t('exchange.perAssessment.xlsxLabel', { name })}
        onClick={() => void exportXlsx()}
        disabled={notice?.kind === 'preparing'}
      >
        {t('exchange.perAssessment.xlsx')}
      </button>
      {notice?.kind === 'preparing' && (
        <span role="status"> {t('exchange.perAssessment.preparing')}</span>
      )}
      {notice?.kind === 'too-large' && (
        <span role="alert"> {t('exchange.perAssessment.xlsxTooLarge')}</span>
      )}
      {notice?.kind === 'failed' && (
        <span role="alert">
          {' '}
          {t('exchange.perAssessment.xlsxFailed', { detail: notice.detail })}
        </span>
      )}
    </span>
  )
}
