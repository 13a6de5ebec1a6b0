/**
 * The export file: every assessment of this browser (or one of them) in one versioned JSON
 * document, the user's backup. This zod schema is the single source of truth for the format; its
 * JSON Schema is generated from it and shipped as `public/export.schema.json`.
 *
 * Reading an export never trusts it: see `parseImport` in `importFile.ts`.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { AssessmentSchema, cityKey, type Assessment } from '../assessment/assessment'

export const exportFormat = 'smartcity-assessment-export'
/** The version this app writes and the newest it reads. */
export const exportSchemaVersion = 1
/** At most this many assessments in one file (a city keeps one per year; 500 is generous). */
export const maxExportedAssessments = 500

export const ExportFileSchema = z.strictObject({
  format: z.literal(exportFormat),
  schemaVersion: z.literal(exportSchemaVersion),
  /** The version of the app that wrote the file, for support; not used when reading. */
  appVersion: z.string().check(z.maxLength(50)),
  exportedAt: z.iso.datetime(),
  assessments: z.array(AssessmentSchema).check(z.maxLength(maxExportedAssessments)),
})
export type ExportFile = z.infer<typeof ExportFileSchema>

/** Stable order for files people compare: city (normalised), then year, then id. */
const byCityYear = (a: Assessment, b: Assessment): number =>
  cityKey(a.city).localeCompare(cityKey(b.city)) || a.year - b.year || a.id.localeCompare(b.id)

/**
 * The export document of `assessments`, sorted by city and year. Pure: the caller supplies the
 * app version and the time (an ISO date-time). The assessments are copied as they are, revision
 * and timestamps included, so that export → wipe → import restores an identical state.
 */
export const buildExport = (
  assessments: readonly Assessment[],
  appVersion: string,
  exportedAt: string,
): ExportFile => ({
  format: exportFormat,
  schemaVersion: exportSchemaVersion,
  appVersion,
  exportedAt,
  assessments: [...assessments].sort(byCityYear),
})

/** The file's text: indented JSON (readable in any editor, diff-friendly), ending with a newline. */
export const serialiseExport = (file: ExportFile): string => `${JSON.stringify(file, null, 2)}\n`
