/**
 * Reads a full backup archive strictly, never throwing. Checks run in this order, and the first
 * problem refuses the whole archive (nothing of it is used):
 * 1. the archive's size;
 * 2. its table of contents, before anything is inflated (`listEntries`): at most `maxEntries`
 *    entries, declared sizes within each kind's limit and the total, names that cannot escape a
 *    folder (`..`, absolute paths, backslashes, drive letters, empty segments) and that this
 *    format knows (`manifest.json`, `assessments.json`, `files/<sha256>`), each once;
 * 3. inflating, stopped as soon as an entry yields more than it declared (`inflateEntries`);
 * 4. `manifest.json` and `assessments.json` both present;
 * 5. the manifest: UTF-8, JSON, no prototype keys, the format and version, then its strict schema;
 * 6. `assessments.json` through the JSON import's own reader (`parseImportBytes`, every check);
 * 7. the files: each one the manifest names is in the archive with its size and its SHA-256, and
 *    each `files/…` entry is named by the manifest;
 * 8. every file an answer attaches is in the archive, with the size the answer records.
 */
import { excerpt } from '../excerpt'
import type { Assessment } from '../assessment/assessment'
import { parseImportBytes, type ImportOptions } from '../exchange/importFile'
import { findForbiddenKey, formatJsonPath } from '../exchange/jsonPath'
import { decodeUtf8 } from '../exchange/utf8'
import { zodMessageLength } from '../exchange/zodProblem'
import type { IndicatorSet } from '../indicators/schema'
import {
  assessmentsEntry,
  backupFormat,
  BackupManifestSchema,
  backupSchemaVersion,
  manifestEntry,
  type BackupManifest,
} from './backupManifest'
import { backupLimits } from './backupLimits'
import type { BackupProblem } from './backupProblem'
import { fileEntryName } from './entryNames'
import type { HashBytes } from './hashBytes'
import { inflateEntries } from './inflateEntries'
import { listEntries } from './listEntries'

/** A file restored from the archive: its bytes, checked against their hash and size. */
export type RestoredFile = { sha256: string; bytes: Uint8Array }

export type BackupContent = {
  manifest: BackupManifest
  assessments: Assessment[]
  /** Indicator sets the archive's export carries that this app lacks (see `parseImport`). */
  sets: IndicatorSet[]
  files: RestoredFile[]
}

export type ReadBackupResult =
  ({ ok: true } & BackupContent) | { ok: false; problem: BackupProblem }

const fail = (problem: BackupProblem): ReadBackupResult => ({ ok: false, problem })

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Step 5: the manifest's bytes as a manifest, or the problem. */
const readManifest = (
  bytes: Uint8Array,
): { ok: true; manifest: BackupManifest } | { ok: false; problem: BackupProblem } => {
  const bad = (path: string, message: string) => ({
    ok: false as const,
    problem: { kind: 'bad-manifest' as const, path, message },
  })
  const text = decodeUtf8(bytes)
  if (!text.ok) return bad('$', 'not UTF-8')
  let json: unknown
  try {
    json = JSON.parse(text.text)
  } catch {
    return bad('$', 'not JSON')
  }
  const forbidden = findForbiddenKey(json)
  if (forbidden !== null) return bad(formatJsonPath(forbidden.path), 'forbidden key')
  if (!isRecord(json)) return bad('$', 'not an object')
  if (json.format !== backupFormat)
    return {
      ok: false,
      problem: {
        kind: 'wrong-format',
        format: json.format === undefined ? null : excerpt(json.format),
      },
    }
  const version = json.schemaVersion
  if (typeof version === 'number' && Number.isInteger(version) && version > backupSchemaVersion)
    return {
      ok: false,
      problem: { kind: 'newer-version', version, supported: backupSchemaVersion },
    }
  const parsed = BackupManifestSchema.safeParse(json)
  if (parsed.success) return { ok: true, manifest: parsed.data }
  const [issue] = parsed.error.issues
  return bad(
    excerpt(formatJsonPath(issue?.path ?? [])),
    excerpt(issue?.message ?? '', zodMessageLength),
  )
}

/** Steps 7 and 8: the files against the manifest, and the answers against the files. */
const checkFiles = async (
  manifest: BackupManifest,
  assessments: readonly Assessment[],
  entries: ReadonlyMap<string, Uint8Array>,
  hash: HashBytes,
): Promise<{ ok: true; files: RestoredFile[] } | { ok: false; problem: BackupProblem }> => {
  const files: RestoredFile[] = []
  const named = new Set<string>()
  for (const { sha256, size } of manifest.files) {
    if (named.has(sha256)) return { ok: false, problem: { kind: 'duplicate-file', sha256 } }
    named.add(sha256)
    const bytes = entries.get(fileEntryName(sha256))
    if (bytes === undefined) return { ok: false, problem: { kind: 'missing-file', sha256 } }
    if (bytes.length !== size)
      return { ok: false, problem: { kind: 'size-mismatch', name: fileEntryName(sha256) } }
    if ((await hash(bytes)) !== sha256)
      return { ok: false, problem: { kind: 'hash-mismatch', sha256 } }
    files.push({ sha256, bytes })
  }
  for (const name of entries.keys()) {
    const sha256 = name.slice(fileEntryName('').length)
    if (name === fileEntryName(sha256) && !named.has(sha256))
      return { ok: false, problem: { kind: 'unlisted-file', sha256 } }
  }
  const sizes = new Map(files.map((f) => [f.sha256, f.bytes.length]))
  for (const assessment of assessments)
    for (const answer of Object.values(assessment.answers))
      for (const file of answer.files ?? []) {
        const size = sizes.get(file.sha256)
        const which = { sha256: file.sha256, name: excerpt(file.name) }
        if (size === undefined)
          return { ok: false, problem: { kind: 'answer-file-missing', ...which } }
        if (size !== file.size)
          return { ok: false, problem: { kind: 'answer-file-size', ...which } }
      }
  return { ok: true, files }
}

/**
 * Reads `archive` (the bytes of a backup ZIP) with the JSON import's `options` (the indicator sets
 * this app has) and `hash` (SHA-256 as hex). Returns the manifest, the assessments and sets to
 * import and the files to store, all checked; or the first problem (see the module comment for
 * the order). Never throws.
 */
export const readBackup = async (
  archive: Uint8Array,
  options: ImportOptions,
  hash: HashBytes,
): Promise<ReadBackupResult> => {
  if (archive.length > backupLimits.maxArchiveBytes)
    return fail({
      kind: 'archive-too-large',
      bytes: archive.length,
      max: backupLimits.maxArchiveBytes,
    })
  const listing = listEntries(archive)
  if (!listing.ok) return listing
  const inflated = inflateEntries(archive, listing.entries)
  if (!inflated.ok) return inflated
  const entries = inflated.bytes
  const manifestBytes = entries.get(manifestEntry)
  if (manifestBytes === undefined) return fail({ kind: 'missing-entry', name: manifestEntry })
  const json = entries.get(assessmentsEntry)
  if (json === undefined) return fail({ kind: 'missing-entry', name: assessmentsEntry })
  const manifest = readManifest(manifestBytes)
  if (!manifest.ok) return manifest
  const imported = parseImportBytes(json, options)
  if (!imported.ok) return fail({ kind: 'assessments', problem: imported.problem })
  const files = await checkFiles(manifest.manifest, imported.assessments, entries, hash)
  if (!files.ok) return files
  return {
    ok: true,
    manifest: manifest.manifest,
    assessments: imported.assessments,
    sets: imported.sets,
    files: files.files,
  }
}
