/**
 * The second step of reading an archive: inflating the entries the table of contents declared
 * (`listEntries`), never trusting the declared sizes. fflate's streaming `Unzip` (synchronous,
 * with `UnzipInflate`) is fed the archive in small pieces and hands over each entry's output as
 * it is produced, so an entry whose output exceeds its declared size (a lying header: a bomb that
 * declares a few bytes) is stopped there, after at most one piece's expansion.
 */
import { Unzip, UnzipInflate, type UnzipFile } from 'fflate'
import { excerpt } from '../excerpt'
import type { BackupProblem } from './backupProblem'
import type { ListedEntry } from './listEntries'

export type Inflated =
  { ok: true; bytes: ReadonlyMap<string, Uint8Array> } | { ok: false; problem: BackupProblem }

/**
 * Compressed bytes pushed at a time: deflate expands at most about 1,000-fold, so no entry's
 * output grows past its declared size by more than about 16 MB before it is stopped.
 */
const pieceBytes = 16 * 1024

/** Joins an entry's output pieces into one array of exactly `length` bytes. */
const joined = (pieces: readonly Uint8Array[], length: number): Uint8Array => {
  const out = new Uint8Array(length)
  let at = 0
  for (const piece of pieces) {
    out.set(piece, at)
    at += piece.length
  }
  return out
}

/**
 * Inflates every listed entry of `archive`. Refused (`size-mismatch`) when an entry yields more or
 * fewer bytes than the table of contents declares, or when the entries met while streaming differ
 * from that table (another name, another declared size, an entry twice, one missing): an archive
 * whose two descriptions disagree is not trusted. Any failure of the inflater is `not-a-zip`.
 */
export const inflateEntries = (archive: Uint8Array, listed: readonly ListedEntry[]): Inflated => {
  const declared = new Map(listed.map((e) => [e.name, e]))
  const done = new Map<string, Uint8Array>()
  const state: { problem: BackupProblem | null } = { problem: null }
  const refuse = (problem: BackupProblem) => {
    state.problem ??= problem
  }
  const unzip = new Unzip((file: UnzipFile) => {
    const entry = declared.get(file.name)
    if (
      entry === undefined ||
      done.has(file.name) ||
      file.size !== entry.size ||
      file.originalSize !== entry.originalSize ||
      file.compression !== entry.compression
    ) {
      refuse({ kind: 'size-mismatch', name: excerpt(file.name) })
      return
    }
    const pieces: Uint8Array[] = []
    let length = 0
    file.ondata = (error, piece, final) => {
      if (state.problem !== null) return
      if (error !== null) {
        refuse({ kind: 'not-a-zip' })
        return
      }
      length += piece.length
      if (length > entry.originalSize) {
        refuse({ kind: 'size-mismatch', name: excerpt(file.name) })
        file.terminate()
        return
      }
      pieces.push(piece)
      if (!final) return
      if (length !== entry.originalSize) refuse({ kind: 'size-mismatch', name: excerpt(file.name) })
      else done.set(file.name, joined(pieces, length))
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let at = 0; at < archive.length && state.problem === null; at += pieceBytes)
      unzip.push(archive.subarray(at, at + pieceBytes), at + pieceBytes >= archive.length)
  } catch {
    refuse({ kind: 'not-a-zip' })
  }
  if (state.problem !== null) return { ok: false, problem: state.problem }
  const lacking = listed.find((e) => !done.has(e.name))
  if (lacking !== undefined)
    return { ok: false, problem: { kind: 'size-mismatch', name: excerpt(lacking.name) } }
  return { ok: true, bytes: done }
}
