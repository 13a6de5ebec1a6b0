/**
 * Writing a full backup: one ZIP with the manifest, the JSON export and every attached file's
 * bytes (see `backupManifest.ts`). Pure: the caller reads the files and passes a hash function.
 * Uses only fflate's synchronous API, whose async functions start workers from `blob:` URLs that
 * the app's content security policy forbids.
 */
import { zipSync, type Zippable } from 'fflate'
import { serialiseExport, type ExportFile } from '../exchange/exportFile'
import { attachedFiles } from './attachedFiles'
import {
  assessmentsEntry,
  backupFormat,
  backupSchemaVersion,
  manifestEntry,
  type BackupManifest,
} from './backupManifest'
import { backupLimits } from './backupLimits'
import { fileEntryName } from './entryNames'
import type { HashBytes } from './hashBytes'

export type BuildBackupProblem =
  /** An answer attaches a file whose bytes were not given (not stored in this browser). */
  | { kind: 'missing-file'; sha256: string; name: string }
  /** The bytes given for a hash have another hash, or another size than the answer records. */
  | { kind: 'damaged-file'; sha256: string; name: string }
  /** The archive would break a limit that reading it checks, so it could never be restored. */
  | { kind: 'too-large'; limit: 'entries' | 'total' | 'assessments' | 'names' }

export type BuildBackupResult =
  | { ok: true; bytes: Uint8Array; manifest: BackupManifest }
  | { ok: false; problem: BuildBackupProblem }

/**
 * The DOS time in a ZIP entry is local time, written from the Date's local fields: a Date whose
 * local fields are `iso`'s UTC ones makes the same bytes in every time zone.
 */
const zipTime = (iso: string): Date => {
  const at = new Date(iso)
  return new Date(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  )
}

const fail = (problem: BuildBackupProblem): BuildBackupResult => ({ ok: false, problem })

/**
 * The archive of `exportFile` (every assessment and the sets they use, as "Export all" builds it)
 * with the bytes of every file its answers attach, taken from `files` (keyed by SHA-256), each
 * checked against its hash and recorded size first. The manifest's `createdAt` and the entries'
 * times are the export's `exportedAt`, so the same inputs give the same bytes. The JSON is
 * deflated; files are stored as they are (documents and images are compressed already, and
 * storing keeps the tab responsive). Refused, with nothing built, when a file is missing or
 * damaged, or when the archive would exceed a limit its reader enforces.
 */
export const buildBackup = async (
  exportFile: ExportFile,
  files: ReadonlyMap<string, Uint8Array>,
  hash: HashBytes,
): Promise<BuildBackupResult> => {
  const uses = attachedFiles(exportFile.assessments)
  if (uses.length + 2 > backupLimits.maxEntries)
    return fail({ kind: 'too-large', limit: 'entries' })
  const json = new TextEncoder().encode(serialiseExport(exportFile))
  if (json.length > backupLimits.maxAssessmentsBytes)
    return fail({ kind: 'too-large', limit: 'assessments' })
  const mtime = zipTime(exportFile.exportedAt)
  const entries: Zippable = {}
  let total = json.length
  for (const use of uses) {
    const name = use.names[0] ?? use.sha256
    const bytes = files.get(use.sha256)
    if (bytes === undefined) return fail({ kind: 'missing-file', sha256: use.sha256, name })
    if (bytes.length !== use.size || (await hash(bytes)) !== use.sha256)
      return fail({ kind: 'damaged-file', sha256: use.sha256, name })
    if (use.names.length > backupLimits.maxNamesPerFile)
      return fail({ kind: 'too-large', limit: 'names' })
    total += bytes.length
    entries[fileEntryName(use.sha256)] = [bytes, { level: 0, mtime }]
  }
  const manifest: BackupManifest = {
    format: backupFormat,
    schemaVersion: backupSchemaVersion,
    appVersion: exportFile.appVersion,
    createdAt: exportFile.exportedAt,
    files: uses.map(({ sha256, size, names }) => ({ sha256, size, names })),
  }
  const manifestBytes = new TextEncoder().encode(`${JSON.stringify(manifest, null, 2)}\n`)
  total += manifestBytes.length
  if (total > backupLimits.maxTotalBytes) return fail({ kind: 'too-large', limit: 'total' })
  const zipped = zipSync(
    {
      [manifestEntry]: [manifestBytes, { level: 6, mtime }],
      [assessmentsEntry]: [json, { level: 6, mtime }],
      ...entries,
    },
    { mtime },
  )
  return { ok: true, bytes: zipped, manifest }
}
