/**
 * The downloads of the rescue panels: a damaged record's stored text exactly as kept, and one
 * assessment of an automatic backup as an export file (importable like "Export all").
 */
import { downloadBlob, jsonBlob } from '../../components/ui/download'
import type { Assessment } from '../../domain/assessment/assessment'
import type { DamagedSummary } from '../../domain/assessment/damagedRecord'
import { customSetsUsedBy } from '../../content/defaultIndicatorSet'
import { buildExport, serialiseExport } from '../../domain/exchange/exportFile'
import { backupFileName, unreadableRecordFileName } from '../../domain/exchange/fileNames'
import { appVersion } from '../../store/appStore'

/**
 * Saves `raw` unchanged: the Blob writes the stored string as UTF-8, and nothing is parsed,
 * re-indented or re-encoded. Text that is not JSON is saved as plain text.
 */
export const downloadStoredText = (
  key: string,
  raw: string,
  summary: Pick<DamagedSummary, 'city' | 'year' | 'reason'>,
): void => {
  const text = summary.reason.kind === 'not-json'
  downloadBlob(
    text ? new Blob([raw], { type: 'text/plain;charset=utf-8' }) : jsonBlob(raw),
    unreadableRecordFileName(key, summary, text ? 'txt' : 'json'),
  )
}

/** Saves one backed-up assessment in the export format, so it can be imported anywhere. */
export const downloadBackedUp = (assessment: Assessment, backedUpAt: string): void =>
  downloadBlob(
    jsonBlob(
      serialiseExport(
        buildExport(
          [assessment],
          appVersion,
          new Date().toISOString(),
          customSetsUsedBy([assessment.indicatorSet]),
        ),
      ),
    ),
    backupFileName(assessment, backedUpAt),
  )
