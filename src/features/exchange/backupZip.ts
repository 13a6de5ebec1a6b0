/**
 * The full backup in the browser: "Export everything (ZIP)" and reading a backup chosen for import,
 * with the ZIP library (fflate), the archive format and their text. Fetched with `import()` only
 * when a backup is written or a ZIP is chosen, so it is a chunk of its own that neither the first
 * visit nor a JSON import downloads. Nothing here rejects: every failure is a result.
 */
import i18next from 'i18next'
import { buildBackup, type BuildBackupProblem } from '../../domain/backup/buildBackup'
import { attachedFiles } from '../../domain/backup/attachedFiles'
import { backupLimits } from '../../domain/backup/backupLimits'
import type { BackupProblem } from '../../domain/backup/backupProblem'
import {
  readBackup,
  type ReadBackupResult,
  type RestoredFile,
} from '../../domain/backup/readBackup'
import type { ImportOptions } from '../../domain/exchange/importFile'
import { addArchiveText } from '../../i18n/archiveText'
import { addBackupText } from '../../i18n/backupText'
import {
  describeArchiveProblem,
  describeStoreFailure,
  megabytes as mb,
} from '../../i18n/describeArchiveProblem'
import { appVersion, assessmentActions } from '../../store/appStore'
import { downloadBlob } from '../../components/ui/download'
import type { ExportAllResult } from './exportFiles'
import { sha256OfBytes } from './sha256'

addArchiveText()
addBackupText()

/** `smart-city-backup-2026-01-02.zip`: `exportedAt` is an ISO date-time. */
export const backupFileName = (exportedAt: string): string =>
  `smart-city-backup-${exportedAt.slice(0, 10)}.zip`

const buildProblemText = (problem: BuildBackupProblem): string => {
  const t = i18next.t
  switch (problem.kind) {
    case 'missing-file':
      return t('backup.export.missingFile', { name: problem.name })
    case 'damaged-file':
      return t('backup.export.damagedFile', { name: problem.name })
    case 'too-large':
      return t(`backup.export.tooLarge.${problem.limit}`, {
        max: backupLimits.maxEntries,
        maxMb: mb(
          problem.limit === 'assessments'
            ? backupLimits.maxAssessmentsBytes
            : backupLimits.maxTotalBytes,
        ),
      })
  }
}

/** The bytes of every file the assessments attach, read from this browser's file storage. */
const storedBytes = async (
  uses: ReturnType<typeof attachedFiles>,
): Promise<{ ok: true; files: Map<string, Uint8Array> } | { ok: false; detail: string }> => {
  const { getFile } = await import('../../storage/fileStorage')
  const files = new Map<string, Uint8Array>()
  for (const use of uses) {
    const got = await getFile(use.sha256)
    const name = use.names[0] ?? use.sha256
    if (!got.ok) return { ok: false, detail: i18next.t('backup.export.readFailed', { name }) }
    // Left out here, a missing file is named by `buildBackup`.
    if (got.file !== null) files.set(use.sha256, new Uint8Array(await got.file.blob.arrayBuffer()))
  }
  return { ok: true, files }
}

/**
 * "Export everything (ZIP)": every assessment in memory (unsaved edits included), the user's
 * sets they use, and every file their answers attach, in one archive that is downloaded.
 */
export const exportBackupZip = async (): Promise<ExportAllResult> => {
  try {
    const file = await assessmentActions.exportAll(appVersion)
    const stored = await storedBytes(attachedFiles(file.assessments))
    if (!stored.ok) return { ok: false, reason: 'failed', detail: stored.detail }
    const built = await buildBackup(file, stored.files, sha256OfBytes)
    if (!built.ok) return { ok: false, reason: 'failed', detail: buildProblemText(built.problem) }
    const fileName = backupFileName(file.exportedAt)
    downloadBlob(
      new Blob([built.bytes as Uint8Array<ArrayBuffer>], { type: 'application/zip' }),
      fileName,
    )
    return { ok: true, count: file.assessments.length, fileName, exportedAt: file.exportedAt }
  } catch (error) {
    return {
      ok: false,
      reason: 'failed',
      detail: error instanceof Error ? error.message : String(error),
    }
  }
}

/** Why an archive is refused, in the interface language; `importReason` words a JSON problem. */
export const backupProblemText = (
  problem: BackupProblem,
  importReason: (problem: Extract<BackupProblem, { kind: 'assessments' }>['problem']) => string,
): string => {
  const t = i18next.t
  switch (problem.kind) {
    case 'unknown-entry':
      return t('backup.problem.unknown-entry', { name: problem.name })
    case 'bad-manifest':
      return t('backup.problem.bad-manifest', { path: problem.path, message: problem.message })
    case 'wrong-format':
      return problem.format === null
        ? t('backup.problem.wrong-format-none')
        : t('backup.problem.wrong-format', { format: problem.format })
    case 'newer-version':
      return t('backup.problem.newer-version', problem)
    case 'assessments':
      return t('backup.problem.assessments', { reason: importReason(problem.problem) })
    case 'missing-file':
    case 'duplicate-file':
    case 'unlisted-file':
      return t(`backup.problem.${problem.kind}`, { sha256: problem.sha256 })
    case 'answer-file-missing':
    case 'answer-file-size':
      return t(`backup.problem.${problem.kind}`, { sha256: problem.sha256, name: problem.name })
    default:
      // What every archive format shares: its structure, and a file that is not what its name says.
      return describeArchiveProblem(problem, t)
  }
}

/** Stores the restored files one by one; the first failure stops, with its reason in words. */
const writeFiles = async (
  files: readonly RestoredFile[],
): Promise<{ ok: true } | { ok: false; message: string }> => {
  const { putFile } = await import('../../storage/fileStorage')
  const storedAt = new Date().toISOString()
  for (const { sha256, bytes } of files) {
    const result = await putFile(sha256, new Blob([bytes as Uint8Array<ArrayBuffer>]), storedAt)
    if (result.ok) continue
    const t = i18next.t
    const reason = describeStoreFailure(result, t)
    return { ok: false, message: t('backup.write.failed', { sha256, reason }) }
  }
  return { ok: true }
}

/** What an import needs of a read archive: its files, written before its assessments. */
export type ArchiveFiles = {
  count: number
  write: () => Promise<{ ok: true } | { ok: false; message: string }>
  /** Said after the import, e.g. "2 file(s) restored from the backup." */
  restored: () => string
}

export type ReadBackupFile =
  | { ok: true; read: Extract<ReadBackupResult, { ok: true }>; archive: ArchiveFiles }
  | { ok: false; problem: BackupProblem }

/** Reads a chosen file as a backup archive and checks all of it (see `readBackup`). */
export const readBackupFile = async (
  file: File,
  options: ImportOptions,
): Promise<ReadBackupFile> => {
  if (file.size > backupLimits.maxArchiveBytes)
    return {
      ok: false,
      problem: { kind: 'archive-too-large', bytes: file.size, max: backupLimits.maxArchiveBytes },
    }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { ok: false, problem: { kind: 'not-a-zip' } }
  }
  const read = await readBackup(bytes, options, sha256OfBytes)
  if (!read.ok) return read
  return {
    ok: true,
    read,
    archive: {
      count: read.files.length,
      write: () => writeFiles(read.files),
      restored: () => i18next.t('backup.restored', { count: read.files.length }),
    },
  }
}
