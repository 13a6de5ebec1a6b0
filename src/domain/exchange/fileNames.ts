/**
 * Download file names: `杭州市-2024-smart-city-assessment.json` for one assessment and
 * `smart-city-assessments-2026-01-02.json` for all. City names come from users, so characters that
 * Windows or macOS refuse in file names (and control characters) become `_`.
 */
import type { Assessment } from '../assessment/assessment'
import type { ExportFormat } from './exportFormats'

const unsafe = /[\\/:*?"<>|]/g
/** Control characters (C0 and DEL), which no file system accepts in names. */
const isControl = (ch: string) => {
  const code = ch.codePointAt(0) ?? 0
  return code < 0x20 || code === 0x7f
}

/** A user-typed name made safe as part of a file name (at most 60 characters, never empty). */
export const safeFileNamePart = (text: string): string => {
  const cleaned = [...text.normalize('NFC').replace(unsafe, '_')]
    .map((ch) => (isControl(ch) && !/\s/.test(ch) ? '_' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
  const short = [...cleaned].slice(0, 60).join('').replace(/^\.+/, '')
  return short === '' ? '_' : short
}

export const assessmentFileName = (
  assessment: Pick<Assessment, 'city' | 'year'>,
  extension: ExportFormat,
): string =>
  `${safeFileNamePart(assessment.city)}-${assessment.year}-smart-city-assessment.${extension}`

/** `exportedAt` is an ISO date-time; its date part names the file. */
export const allAssessmentsFileName = (exportedAt: string): string =>
  `smart-city-assessments-${exportedAt.slice(0, 10)}.json`

/**
 * The stored text of a record that could not be read: `杭州市-2024-unreadable-record-<key>.json`.
 * City and year are left out when they cannot be read; the key keeps two records of one city and
 * year apart. Text that is not JSON gets `.txt`, so it opens in a text editor.
 */
export const unreadableRecordFileName = (
  key: string,
  known: { city: string | null; year: number | null },
  extension: 'json' | 'txt',
): string => {
  const year = known.year === null ? '' : `${known.year}-`
  const named = known.city === null ? '' : `${safeFileNamePart(known.city)}-${year}`
  return `${named}unreadable-record-${safeFileNamePart(key)}.${extension}`
}

/** One assessment from an automatic backup, importable: `杭州市-2024-backup-2026-01-02.json`. */
export const backupFileName = (
  assessment: Pick<Assessment, 'city' | 'year'>,
  backedUpAt: string,
): string =>
  `${safeFileNamePart(assessment.city)}-${assessment.year}-backup-${backedUpAt.slice(0, 10)}.json`

/**
 * A department's package, told apart by city, year, department and day:
 * `杭州市-2025-市交通运输局-package-2026-12-06.json`. `createdAt` is an ISO date-time.
 */
export const packageFileName = (
  assessment: Pick<Assessment, 'city' | 'year'>,
  departmentName: string,
  createdAt: string,
): string =>
  `${safeFileNamePart(assessment.city)}-${assessment.year}-${safeFileNamePart(departmentName)}-package-${createdAt.slice(0, 10)}.json`

/**
 * A department's return to the coordinator: `杭州市-2024-交通运输局-return-2026-01-02.json`, so a
 * coordinator collecting a dozen can tell whose it is and when it was made. `returnedAt` is an ISO
 * date-time; its date part names the file. A return that carries evidence files is a ZIP archive
 * (`extension` `zip`).
 */
export const returnFileName = (
  identity: { city: string; year: number },
  departmentName: string,
  returnedAt: string,
  extension: 'json' | 'zip' = 'json',
): string =>
  `${safeFileNamePart(identity.city)}-${identity.year}-${safeFileNamePart(departmentName)}-return-${returnedAt.slice(0, 10)}.${extension}`

/** Windows refuses these as a file's name, with any extension (`CON.txt`, `com1.pdf`). */
const reservedWindowsName = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
/**
 * Characters that reorder or hide the text around them (bidirectional embeddings, overrides and
 * isolates, direction marks, zero-width characters): a right-to-left override makes `invoice<U+202E>fdp.exe`
 * read as `invoiceexe.pdf`.
 */
const invisibleControls = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g
/** C0 and C1 control characters and DEL (`\p{Cc}`). */
const controlCharacters = /\p{Cc}/gu
/** Most file systems allow 255 bytes per name; keep well below it. */
const maxNameBytes = 200

const utf8Length = (text: string): number => new TextEncoder().encode(text).length

/**
 * The name an attached evidence file is downloaded under, from the name its user gave it. Path
 * separators and the characters Windows or macOS refuse (`\ / : * ? " < > |`) and control
 * characters become `_`; invisible direction and width controls are dropped, so the saved name
 * reads as it is; leading dots (a hidden file) and trailing dots and spaces (which Windows drops)
 * are removed; a name Windows reserves for a device (`CON`, `nul.txt`, `COM1.pdf`) gets a `_` in
 * front. A name longer than 200 UTF-8 bytes is shortened before its extension (an extension of
 * up to 16 letters or digits is kept). An empty result becomes `file`.
 */
export const downloadFileName = (name: string): string => {
  const cleaned = name
    .normalize('NFC')
    .replace(invisibleControls, '')
    .replace(/\s+/g, ' ')
    .replace(controlCharacters, '_')
    .replace(unsafe, '_')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
  if (cleaned === '') return 'file'
  const dot = cleaned.lastIndexOf('.')
  const extension =
    dot > 0 && /^\.[A-Za-z0-9]{1,16}$/.test(cleaned.slice(dot)) ? cleaned.slice(dot) : ''
  let stem = extension === '' ? cleaned : cleaned.slice(0, dot)
  const chars = [...stem]
  while (chars.length > 1 && utf8Length(chars.join('') + extension) > maxNameBytes) chars.pop()
  stem = chars.join('').trimEnd()
  if (reservedWindowsName.test(stem.split('.')[0] ?? '')) stem = `_${stem}`
  return `${stem}${extension}`
}
