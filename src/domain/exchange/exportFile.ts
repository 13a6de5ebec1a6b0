/**
 * The export file: every assessment of this browser (or one of them) in one versioned JSON
 * document, the user's backup. This zod schema is the single source of truth for the format; its
 * JSON Schema is generated from it and shipped as `public/export.schema.json`.
 *
 * Reading an export never trusts it: see `parseImport` in `importFile.ts`.
 *
 * Versions: 1 — the assessments; 2 — adds `sets`, the indicator sets brought by the user that the
 * assessments were made with, as set files, so that the file restores them in a browser that
 * lacks them. Built-in sets are never embedded: every copy of the app ships them. 3 — the
 * assessments may hold departments, assignments and packages sent, and answers where they came
 * from (stored format 3); a version-2 file is a valid version-3 file with another number, so an
 * older app says "made by a newer version" instead of "unknown field".
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { AssessmentSchema, cityKey, type Assessment } from '../assessment/assessment'
import type { IndicatorSet } from '../indicators/schema'
import { SetFileSchema, toSetFile } from '../indicators/setFile'

export const exportFormat = 'smartcity-assessment-export'
/** The version this app writes and the newest it reads. */
export const exportSchemaVersion = 3
/** At most this many assessments in one file (a city keeps one per year; 500 is generous). */
export const maxExportedAssessments = 500
/** At most this many indicator sets in one file (one per set version the assessments use). */
export const maxExportedSets = 20

const exportHeader = {
  format: z.literal(exportFormat),
  /** The version of the app that wrote the file, for support; not used when reading. */
  appVersion: z.string().check(z.maxLength(50)),
  exportedAt: z.iso.datetime(),
  assessments: z.array(AssessmentSchema).check(z.maxLength(maxExportedAssessments)),
}

/** Version 1, as the first releases wrote it: read, never written. */
export const ExportFileV1Schema = z.strictObject({
  ...exportHeader,
  schemaVersion: z.literal(1),
})

const exportWithSets = {
  ...exportHeader,
  /** The user's indicator sets that the assessments use, in key order; possibly none. */
  sets: z.array(SetFileSchema).check(z.maxLength(maxExportedSets)),
}

/** Version 2: as version 3, without departments or merged answers. Read, never written. */
export const ExportFileV2Schema = z.strictObject({ ...exportWithSets, schemaVersion: z.literal(2) })

export const ExportFileSchema = z.strictObject({
  ...exportWithSets,
  schemaVersion: z.literal(exportSchemaVersion),
})
export type ExportFile = z.infer<typeof ExportFileSchema>

/** Stable order for files people compare: city (normalised), then year, then id. */
const byCityYear = (a: Assessment, b: Assessment): number =>
  cityKey(a.city).localeCompare(cityKey(b.city)) || a.year - b.year || a.id.localeCompare(b.id)

/**
 * The export document of `assessments`, sorted by city and year. Pure: the caller supplies the
 * app version and the time (an ISO date-time). The assessments are copied as they are, revision
 * and timestamps included, so that export → wipe → import restores an identical state. `sets` are
 * the user's indicator sets to carry (the caller passes those the assessments use), sorted by id
 * and version.
 */
export const buildExport = (
  assessments: readonly Assessment[],
  appVersion: string,
  exportedAt: string,
  sets: readonly IndicatorSet[] = [],
): ExportFile => ({
  format: exportFormat,
  schemaVersion: exportSchemaVersion,
  appVersion,
  exportedAt,
  assessments: [...assessments].sort(byCityYear),
  sets: [...sets]
    .sort(
      (a, b) =>
        a.meta.setId.localeCompare(b.meta.setId) ||
        a.meta.version.localeCompare(b.meta.version, 'en', { numeric: true }),
    )
    .map(toSetFile),
})

/** The file's text: indented JSON (readable in any editor, diff-friendly), ending with a newline. */
export const serialiseExport = (file: ExportFile): string => `${JSON.stringify(file, null, 2)}\n`
