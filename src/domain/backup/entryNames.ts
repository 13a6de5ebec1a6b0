import { assessmentsEntry, filesFolder, manifestEntry } from './backupManifest'

/** What an archive entry's name says it is. */
export type EntryName =
  | { kind: 'manifest' }
  | { kind: 'assessments' }
  | { kind: 'file'; sha256: string }
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
  if (
    name === '' ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    // Control characters (C0 and DEL) are never part of a name this app writes.
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f]/.test(name) ||
    name.split('/').some((segment) => segment === '' || segment === '.' || segment === '..')
  )
    return { kind: 'unsafe' }
  if (name === manifestEntry) return { kind: 'manifest' }
  if (name === assessmentsEntry) return { kind: 'assessments' }
  const file = fileName.exec(name)
  return file?.[1] === undefined ? { kind: 'unknown' } : { kind: 'file', sha256: file[1] }
}

/** The entry name of a file's bytes. */
export const fileEntryName = (sha256: string): string => `${filesFolder}${sha256}`
