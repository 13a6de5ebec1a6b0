import type { TFunction } from 'i18next'
import type { ArchiveProblem } from '../domain/backup/backupProblem'
import type { StoreFileResult } from '../domain/files/storeFileResult'

/** Bytes as MB with one decimal, as the archive limits are stated. */
export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10

/**
 * Why an archive's structure is refused, in the user's language (`addArchiveText` first). Names
 * from the archive arrive as excerpts; the result is plain text for a text node, never HTML.
 */
export const describeArchiveProblem = (problem: ArchiveProblem, t: TFunction): string => {
  switch (problem.kind) {
    case 'archive-too-large':
      return t('archive.problem.archive-too-large', {
        mb: megabytes(problem.bytes),
        maxMb: megabytes(problem.max),
      })
    case 'entry-too-large':
      return t('archive.problem.entry-too-large', {
        name: problem.name,
        mb: megabytes(problem.bytes),
        maxMb: megabytes(problem.max),
      })
    case 'total-too-large':
      return t('archive.problem.total-too-large', { maxMb: megabytes(problem.max) })
    case 'too-many-entries':
      return t('archive.problem.too-many-entries', { max: problem.max })
    case 'not-a-zip':
    case 'empty':
      return t(`archive.problem.${problem.kind}`)
    case 'unsafe-name':
    case 'duplicate-entry':
    case 'unsupported-compression':
    case 'size-mismatch':
    case 'missing-entry':
      return t(`archive.problem.${problem.kind}`, { name: problem.name })
    case 'hash-mismatch':
      return t('archive.problem.hash-mismatch', { sha256: problem.sha256 })
  }
}

/** Why a file from an archive could not be stored, as a clause (`addArchiveText` first). */
export const describeStoreFailure = (
  result: Extract<StoreFileResult, { ok: false }>,
  t: TFunction,
): string => {
  switch (result.reason) {
    case 'too-large':
      return t('archive.store.too-large', { maxMb: megabytes(result.max) })
    case 'no-room':
      return t('archive.store.no-room')
    case 'failed':
      return t('archive.store.storage-failed', { detail: result.detail })
    case 'quota':
    case 'unavailable':
      return t(`archive.store.${result.reason}`)
  }
}
