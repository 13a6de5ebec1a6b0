import { assessmentsEntry, filesFolder, manifestEntry } from './backupManifest'

/** What an archive entry's name says it is. */
export type EntryName =
  | { kind: 'manifest' }
  | { kind: 'assessments' }
  | { kind: 'file'; sha256: string }
  /** `return.json` of a department's ZIP return (only `classifyReturnEntryName` says so). */
  | { kind: 'return' }
  /** A name that could write outside a folder if unpacked by another tool: refused outright. */
  | { kind: 'unsafe' }
  /** A harmless name this format has no place for. */
  | { kind: 'unknown' }

const fileName = /^files\/([0-9a-f]{64})$/

/**
 * Classifies an entry name. Unsafe: a backslash (a Windows separator), an absolute path (`/…`), a
 * drive letter (`C:`), an empty segment (`a//b`, a trailing `/`), a `.` or `..` segment, or a
 * control character. Of the rest, only `manifest.json`, `assessments.json` and `files/` followed by
 * 64 lower-case hex digits belong to a backup; anything else is unknown.
 */
export const classifyEntryName = (name: string): EntryName => {
  if (unsafeEntryName(name)) return { kind: 'unsafe' }
  if (name === manifestEntry) return { kind: 'manifest' }
  if (name === assessmentsEntry) return { kind: 'assessments' }
  return fileOrUnknown(name)
}

const fileOrUnknown = (name: string): EntryName => {
  const file = fileName.exec(name)
  return file?.[1] === undefined ? { kind: 'unknown' } : { kind: 'file', sha256: file[1] }
}

/** The one JSON entry of a department's ZIP return: the return file, exactly as a JSON return. */
export const returnEntry = 'return.json'

/**
 * Classifies an entry name of a department's ZIP return: unsafe names as for a backup; of the
 * rest, only `return.json` and `files/` followed by 64 lower-case hex digits belong to it.
 */
export const classifyReturnEntryName = (name: string): EntryName => {
  if (unsafeEntryName(name)) return { kind: 'unsafe' }
  if (name === returnEntry) return { kind: 'return' }
  return fileOrUnknown(name)
}

/** Whether a name could write outside a folder if unpacked by another tool (see above). */
const unsafeEntryName = (name: string): boolean =>
  name === '' ||
  name.includes('\\') ||
  name.startsWith('/') ||
  /^[a-zA-Z]:/.test(name) ||
  // Control characters (C0 and DEL) are never part of a name this app writes.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f]/.test(name) ||
  name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')

/** The entry name of a file's bytes. */
export const fileEntryName = (sha256: string): string => `${filesFolder}${sha256}`
