/**
 * The first step of reading an archive: its table of contents (the ZIP central directory),
 * checked before a single byte is inflated. fflate's `unzipSync` calls `filter` with each entry's
 * name and declared sizes; returning false for every entry makes it a listing that inflates
 * nothing.
 */
import { unzipSync } from 'fflate'
import { excerpt } from '../excerpt'
import { importLimits } from '../exchange/importLimits'
import { backupLimits } from './backupLimits'
import type { BackupProblem } from './backupProblem'
import { classifyEntryName, type EntryName } from './entryNames'

/** One entry as the table of contents declares it. */
export type ListedEntry = {
  name: string
  kind: Exclude<EntryName, { kind: 'unsafe' | 'unknown' }>
  /** Compressed bytes in the archive. */
  size: number
  /** Declared unpacked bytes. */
  originalSize: number
  compression: number
}

export type Listing = { ok: true; entries: ListedEntry[] } | { ok: false; problem: BackupProblem }

/** The most unpacked bytes one entry of this kind may declare. */
const maxBytesOf = (kind: ListedEntry['kind']): number => {
  switch (kind.kind) {
    case 'manifest':
      return backupLimits.maxManifestBytes
    case 'assessments':
      return backupLimits.maxAssessmentsBytes
    case 'file':
      return backupLimits.maxFileBytes
    case 'return':
      return importLimits.maxBytes
  }
}

/**
 * Deflate never makes data much larger: stored blocks add 5 bytes per 64 kB. An entry whose
 * compressed size is larger than that declares too few unpacked bytes.
 */
const plausibleCompressedSize = (originalSize: number) =>
  originalSize + 5 * Math.ceil(originalSize / 16_384) + 1_024

/**
 * Checks one declared entry; returns the problem, or the entry. Order: the count, the name (unsafe,
 * unknown, twice), the compression method, the declared sizes (per entry, then in total).
 */
const checkEntry = (
  info: { name: string; size: number; originalSize: number; compression: number },
  seen: Set<string>,
  total: number,
  classify: (name: string) => EntryName,
): BackupProblem | ListedEntry => {
  const name = excerpt(info.name)
  const kind = classify(info.name)
  if (kind.kind === 'unsafe') return { kind: 'unsafe-name', name }
  if (kind.kind === 'unknown') return { kind: 'unknown-entry', name }
  if (seen.has(info.name)) return { kind: 'duplicate-entry', name }
  if (info.compression !== 0 && info.compression !== 8)
    return { kind: 'unsupported-compression', name }
  const max = maxBytesOf(kind)
  if (info.originalSize > max)
    return { kind: 'entry-too-large', name, bytes: info.originalSize, max }
  if (total + info.originalSize > backupLimits.maxTotalBytes)
    return {
      kind: 'total-too-large',
      bytes: total + info.originalSize,
      max: backupLimits.maxTotalBytes,
    }
  const compressedOk =
    info.compression === 0
      ? info.size === info.originalSize
      : info.size <= plausibleCompressedSize(info.originalSize)
  if (!compressedOk) return { kind: 'size-mismatch', name }
  return { ...info, kind }
}

/**
 * Lists and checks the archive's entries without inflating any: at most `maxEntries`, each with a
 * safe name this format knows, once, stored or deflated, within its size limit and the total.
 * The first problem refuses the archive (later entries are then not even looked at). `classify`
 * says which names the format knows: a backup's by default, a department return's
 * (`classifyReturnEntryName`) for a ZIP return.
 */
export const listEntries = (
  bytes: Uint8Array,
  classify: (name: string) => EntryName = classifyEntryName,
): Listing => {
  const entries: ListedEntry[] = []
  const seen = new Set<string>()
  // Set inside the filter, which the compiler cannot follow: hence an object, not a variable.
  const state: { total: number; problem: BackupProblem | null } = { total: 0, problem: null }
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (state.problem !== null) return false
        if (entries.length >= backupLimits.maxEntries) {
          state.problem = { kind: 'too-many-entries', max: backupLimits.maxEntries }
          return false
        }
        const checked = checkEntry(info, seen, state.total, classify)
        if ('originalSize' in checked) {
          entries.push(checked)
          seen.add(checked.name)
          state.total += checked.originalSize
        } else state.problem = checked
        return false
      },
    })
  } catch {
    return { ok: false, problem: { kind: 'not-a-zip' } }
  }
  if (state.problem !== null) return { ok: false, problem: state.problem }
  if (entries.length === 0) return { ok: false, problem: { kind: 'empty' } }
  return { ok: true, entries }
}
