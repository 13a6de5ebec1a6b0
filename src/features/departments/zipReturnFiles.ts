/**
 * A department's ZIP return on the merge screen: reading one (with the hashes of the files this
 * browser keeps, since an answer may name one of those without the archive carrying it) and
 * storing the files of the accepted answers before the merge is written. The ZIP code and the
 * file storage are fetched with `import()` only when a ZIP is chosen or merged.
 */
import i18next from 'i18next'
import { backupLimits } from '../../domain/backup/backupLimits'
import type { ReturnFile } from '../../domain/departments/returnFile'
import type {
  ReadReturnZipResult,
  ReturnedFileBytes,
  ReturnZipProblem,
} from '../../domain/departments/returnZip'
import { sha256OfBytes } from '../../content/sha256OfBytes'
import { addArchiveText } from '../../i18n/archiveText'
import { describeArchiveProblem, describeStoreFailure } from '../../i18n/describeArchiveProblem'
import { addZipReturnText } from '../../i18n/zipReturnText'

addArchiveText()
addZipReturnText()

/** Whether a chosen file is a ZIP archive: its name, or its first bytes (`PK\x03\x04`). */
export const looksLikeZip = (name: string, head: Uint8Array): boolean =>
  name.toLowerCase().endsWith('.zip') ||
  (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)

/** Reads a chosen ZIP return and checks all of it (see `readReturnZip`). Never rejects. */
export const readZipReturn = async (bytes: Uint8Array): Promise<ReadReturnZipResult> => {
  if (bytes.length > backupLimits.maxArchiveBytes)
    return {
      ok: false,
      problem: {
        kind: 'archive-too-large',
        bytes: bytes.length,
        max: backupLimits.maxArchiveBytes,
      },
    }
  const [{ readReturnZip }, { storedFileHashes }] = await Promise.all([
    import('../../domain/departments/returnZip'),
    import('../../storage/fileStorage'),
  ])
  const stored = await storedFileHashes()
  // Without the list, every file an answer names must be in the archive.
  const hashes = new Set(stored.ok ? stored.hashes : [])
  return readReturnZip(bytes, sha256OfBytes, hashes)
}

/** Why a ZIP return is refused, in the interface language; `returnText` words its return.json. */
export const zipReturnProblemText = (
  problem: ReturnZipProblem,
  returnText: (problem: Extract<ReturnZipProblem, { kind: 'return' }>['problem']) => string,
): string => {
  const t = i18next.t
  switch (problem.kind) {
    case 'unknown-entry':
      return t('zipReturn.problem.unknown-entry', { name: problem.name })
    case 'unlisted-file':
      return t(`zipReturn.problem.${problem.kind}`, { sha256: problem.sha256 })
    case 'answer-file-missing':
    case 'answer-file-size':
      return t(`zipReturn.problem.${problem.kind}`, { sha256: problem.sha256, name: problem.name })
    case 'return':
      return t('zipReturn.problem.return', { reason: returnText(problem.problem) })
    default:
      // What every archive format shares: its structure, and a file that is not what its name says.
      return describeArchiveProblem(problem, t)
  }
}

/**
 * Stores the carried files that the accepted answers attach, one by one; the first failure stops,
 * with its reason in words (a file stored before it stays: unused, it is cleaned up later).
 */
export const storeAcceptedFiles = async (
  file: ReturnFile,
  files: readonly ReturnedFileBytes[],
  accepted: ReadonlySet<string>,
): Promise<{ ok: true } | { ok: false; message: string }> => {
  const wanted = new Map<string, string>()
  for (const [id, { answer }] of Object.entries(file.answers))
    if (accepted.has(id)) for (const f of answer.files ?? []) wanted.set(f.sha256, f.name)
  const taken = files.filter((f) => wanted.has(f.sha256))
  if (taken.length === 0) return { ok: true }
  const { putFile } = await import('../../storage/fileStorage')
  const storedAt = new Date().toISOString()
  const t = i18next.t
  for (const { sha256, bytes } of taken) {
    const result = await putFile(sha256, new Blob([bytes as Uint8Array<ArrayBuffer>]), storedAt)
    if (result.ok) continue
    const reason = describeStoreFailure(result, t)
    return { ok: false, message: t('zipReturn.store.failed', { name: wanted.get(sha256), reason }) }
  }
  return { ok: true }
}
