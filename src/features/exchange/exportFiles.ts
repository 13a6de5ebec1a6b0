/**
 * Building and saving export files: JSON (importable), CSV and XLSX. Fetched with `import()` when
 * someone exports, so the tables, the CSV writer and the JSON export are not part of the first
 * screen's JavaScript; the XLSX writer (with write-excel-file) is a further chunk of its own.
 * Nothing here rejects: every failure is a result for the buttons to show.
 */
import type { TFunction } from 'i18next'
import { loadSets, setFor } from '../../content/defaultIndicatorSet'
import { assertNever } from '../../domain/assertNever'
import { toCsv } from '../../domain/exchange/csv'
import { serialiseExport } from '../../domain/exchange/exportFile'
import type { ExportFormat } from '../../domain/exchange/exportFormats'
import { allAssessmentsFileName, assessmentFileName } from '../../domain/exchange/fileNames'
import { isLanguage } from '../../domain/language'
import type { Assessment } from '../../domain/assessment/assessment'
import { answerTable, summaryTable } from '../../domain/exchange/table'
import { appVersion, assessmentActions, assessments } from '../../store/appStore'
import { csvBlob, downloadBlob, jsonBlob } from '../../components/ui/download'
import { loadChunk } from './loadChunk'
import { tableLabels } from './tableLabels'
import { fitsXlsx } from './xlsxLimits'

export type ExportResult =
  | { ok: true }
  | { ok: false; reason: 'too-large' | 'code-unavailable' }
  | { ok: false; reason: 'failed'; detail: string }

export type ExportAllResult =
  | { ok: true; count: number; fileName: string; exportedAt: string }
  | { ok: false; reason: 'failed'; detail: string }

/** Column widths (in characters) of the answers sheet, in the order of `answerTable`. */
const answerWidths = [10, 14, 36, 28, 12, 14, 24, 48, 22, 40]
const summaryWidths = [16, 36, 14, 22, 14]

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** "Export all (JSON)": every assessment in memory, unsaved edits included (the backup). */
export const exportAllFile = async (): Promise<ExportAllResult> => {
  try {
    const file = await assessmentActions.exportAll(appVersion)
    const fileName = allAssessmentsFileName(file.exportedAt)
    downloadBlob(jsonBlob(serialiseExport(file)), fileName)
    return { ok: true, count: file.assessments.length, fileName, exportedAt: file.exportedAt }
  } catch (error) {
    return { ok: false, reason: 'failed', detail: errorText(error) }
  }
}

/** JSON: the importable export format, holding this one assessment. */
const exportJson = async (assessment: Assessment): Promise<ExportResult> => {
  const file = await assessmentActions.exportOne(assessment.id, appVersion)
  if (file === null) return { ok: false, reason: 'failed', detail: assessment.id }
  downloadBlob(jsonBlob(serialiseExport(file)), assessmentFileName(assessment, 'json'))
  return { ok: true }
}

/** CSV and XLSX: the answers and summary tables, in the interface language. */
const exportTables = async (
  assessment: Assessment,
  format: 'csv' | 'xlsx',
  t: TFunction,
  language: string,
): Promise<ExportResult> => {
  // Level answers are written with their rubric text, one of the indicator details.
  // Written with the set version the assessment was made with.
  const details = await loadChunk(() =>
    loadSets([assessment.indicatorSet], isLanguage(language) ? language : 'en', ['details']),
  )
  if (!details.ok) return { ok: false, reason: 'code-unavailable' }
  const set = setFor(assessment.indicatorSet)
  if (set === null) return { ok: false, reason: 'code-unavailable' }
  const { labels, lang } = tableLabels(t, language)
  const answers = answerTable(set, assessment, lang, labels)
  const summary = summaryTable(set, assessment, lang, labels)
  if (format === 'csv') {
    downloadBlob(csvBlob(toCsv([answers, summary])), assessmentFileName(assessment, 'csv'))
    return { ok: true }
  }
  if (!fitsXlsx([answers, summary])) return { ok: false, reason: 'too-large' }
  const xlsx = await loadChunk(() => import('./xlsxExport'))
  if (!xlsx.ok) return { ok: false, reason: 'code-unavailable' }
  const blob = await xlsx.module.xlsxBlob([
    { name: t('exchange.table.sheetAnswers'), table: answers, widths: answerWidths },
    { name: t('exchange.table.sheetSummary'), table: summary, widths: summaryWidths },
  ])
  downloadBlob(blob, assessmentFileName(assessment, 'xlsx'))
  return { ok: true }
}

const exportOne = async (
  id: string,
  format: ExportFormat,
  t: TFunction,
  language: string,
): Promise<ExportResult> => {
  const assessment = assessments.store.getState().byId[id]
  if (assessment === undefined) return { ok: false, reason: 'failed', detail: id }
  switch (format) {
    case 'json':
      return exportJson(assessment)
    case 'csv':
    case 'xlsx':
      return exportTables(assessment, format, t, language)
    default:
      return assertNever(format)
  }
}

/** One assessment as JSON (importable like "Export all"), CSV or XLSX, in the interface language. */
export const exportAssessmentFile = async (
  id: string,
  format: ExportFormat,
  t: TFunction,
  language: string,
): Promise<ExportResult> => {
  try {
    return await exportOne(id, format, t, language)
  } catch (error) {
    return { ok: false, reason: 'failed', detail: errorText(error) }
  }
}
