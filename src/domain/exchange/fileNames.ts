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
 * date-time; its date part names the file.
 */
export const returnFileName = (
  identity: { city: string; year: number },
  departmentName: string,
  returnedAt: string,
): string =>
  `${safeFileNamePart(identity.city)}-${identity.year}-${safeFileNamePart(departmentName)}-return-${returnedAt.slice(0, 10)}.json`
