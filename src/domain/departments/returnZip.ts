/**
 * A department's ZIP return: the return file exactly as a JSON return (`return.json`) plus the
 * bytes of each evidence file the department attached that the package did not carry
 * (`files/<sha256>`). Written and read with fflate's synchronous API only (its async functions
 * start workers from `blob:` URLs, which the app's content security policy forbids); this module
 * is loaded with `import()` only when such a return is written or read.
 *
 * Reading is as strict as reading a full backup, with the same limits and name rules
 * (`listEntries`, `inflateEntries`); checks run in this order and the first problem refuses the
 * whole archive:
 * 1. the archive's size;
 * 2. its table of contents: only `return.json` and `files/<64 hex>`, each once, safe names,
 *    declared sizes within the limits;
 * 3. inflating, stopped as soon as an entry yields more than it declared;
 * 4. `return.json` present, then read by the JSON return's own reader (every check);
 * 5. each file's bytes have the SHA-256 its name says, and a returned answer names it with that
 *    size;
 * 6. every file a returned answer names is in the archive or already stored in this browser.
 */
import { zipSync, type Zippable } from 'fflate'
import { backupLimits } from '../backup/backupLimits'
import type { ArchiveProblem, BackupProblem } from '../backup/backupProblem'
import { classifyReturnEntryName, fileEntryName, returnEntry } from '../backup/entryNames'
import type { HashBytes } from '../backup/hashBytes'
import { inflateEntries } from '../backup/inflateEntries'
import { listEntries } from '../backup/listEntries'
import { excerpt } from '../excerpt'
import { readReturnBytes, type DepartmentFileProblem } from './readDepartmentFile'
import { serialiseReturn, type ReturnFile } from './returnFile'

/** Why a ZIP return is refused: an archive problem (as a backup's) or its return file's. */
export type ReturnZipProblem =
  | ArchiveProblem
  | Extract<
      BackupProblem,
      { kind: 'unknown-entry' | 'unlisted-file' | 'answer-file-missing' | 'answer-file-size' }
    >
  | { kind: 'return'; problem: DepartmentFileProblem }

/** A file's bytes from the archive, checked against its hash and the size its answers record. */
export type ReturnedFileBytes = { sha256: string; bytes: Uint8Array }

export type ReadReturnZipResult =
  | { ok: true; file: ReturnFile; files: ReturnedFileBytes[] }
  | { ok: false; problem: ReturnZipProblem }

/** The hashes, and recorded sizes, of the files the returned answers name. */
const namedFiles = (file: ReturnFile): Map<string, { size: number; name: string }> => {
  const named = new Map<string, { size: number; name: string }>()
  for (const { answer } of Object.values(file.answers))
    for (const f of answer.files ?? [])
      if (!named.has(f.sha256)) named.set(f.sha256, { size: f.size, name: f.name })
  return named
}

/**
 * The ZIP return's bytes: `return.json` (the JSON return's text) and `files/<sha256>` for each of
 * `files` (bytes by hash; the caller hashed them). Entries are dated `file.returnedAt`.
 */
export const buildReturnZip = (
  file: ReturnFile,
  files: ReadonlyMap<string, Uint8Array>,
): Uint8Array => {
  const mtime = new Date(file.returnedAt)
  const entries: Zippable = {
    [returnEntry]: [new TextEncoder().encode(serialiseReturn(file)), { level: 6, mtime }],
  }
  for (const [sha256, bytes] of files) entries[fileEntryName(sha256)] = [bytes, { level: 6, mtime }]
  return zipSync(entries, { mtime })
}

const fail = (problem: ReturnZipProblem): ReadReturnZipResult => ({ ok: false, problem })

/**
 * Reads `archive` (the bytes of a ZIP return) strictly, never throwing. `hash`: SHA-256 as hex;
 * `stored`: the hashes of the files this browser keeps (an answer may name one of them without
 * the archive carrying it). See the module comment for the checks and their order.
 */
export const readReturnZip = async (
  archive: Uint8Array,
  hash: HashBytes,
  stored: ReadonlySet<string>,
): Promise<ReadReturnZipResult> => {
  if (archive.length > backupLimits.maxArchiveBytes)
    return fail({
      kind: 'archive-too-large',
      bytes: archive.length,
      max: backupLimits.maxArchiveBytes,
    })
  const listing = listEntries(archive, classifyReturnEntryName)
  if (!listing.ok) return fail(listing.problem as ReturnZipProblem)
  const inflated = inflateEntries(archive, listing.entries)
  if (!inflated.ok) return fail(inflated.problem as ReturnZipProblem)
  const json = inflated.bytes.get(returnEntry)
  if (json === undefined) return fail({ kind: 'missing-entry', name: returnEntry })
  const read = readReturnBytes(json)
  if (!read.ok) return fail({ kind: 'return', problem: read.problem })
  const named = namedFiles(read.file)
  const files: ReturnedFileBytes[] = []
  for (const entry of listing.entries) {
    if (entry.kind.kind !== 'file') continue
    const { sha256 } = entry.kind
    const bytes = inflated.bytes.get(entry.name)
    if (bytes === undefined) return fail({ kind: 'missing-entry', name: excerpt(entry.name) })
    if ((await hash(bytes)) !== sha256) return fail({ kind: 'hash-mismatch', sha256 })
    const answerFile = named.get(sha256)
    if (answerFile === undefined) return fail({ kind: 'unlisted-file', sha256 })
    if (answerFile.size !== bytes.length)
      return fail({ kind: 'answer-file-size', sha256, name: excerpt(answerFile.name) })
    files.push({ sha256, bytes })
  }
  const inArchive = new Set(files.map((f) => f.sha256))
  for (const [sha256, { name }] of named)
    if (!inArchive.has(sha256) && !stored.has(sha256))
      return fail({ kind: 'answer-file-missing', sha256, name: excerpt(name) })
  return { ok: true, file: read.file, files }
}
