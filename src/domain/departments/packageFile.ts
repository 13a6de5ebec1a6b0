/**
 * The department package: what the coordinating office sends one department so that it can
 * answer its indicators in its own browser, with no server. This zod schema is the single source
 * of truth for the format; its JSON Schema is generated from it and shipped as
 * `public/department-package.schema.json`. Reading a package never trusts it: see
 * `readDepartmentFile.ts`.
 *
 * It names the assessment (city, year, city level, and the indicator set by id, version and
 * SHA-256 of its set file), the department, the indicators assigned to it with the assessment's
 * answers to them, and, when the set is one a user brought (not built into every copy of the
 * app), the set itself.
 *
 * Versions: 1 — the first.
 */
import '../zodConfig'
import { packageFormat } from './departmentFormats'
import { z } from 'zod/mini'
import { AnswerSchema, type Answer } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import { CityLevelSchema, IndicatorIdSchema, type IndicatorSet } from '../indicators/schema'
import { SetFileSchema, toSetFile } from '../indicators/setFile'
import {
  DateSchema,
  DepartmentSchema,
  departmentLimits,
  FileIdSchema,
  type Department,
  type IssuedPackage,
} from './departmentSchema'

export { packageFormat }
/** The version this app writes and the newest it reads. */
export const packageSchemaVersion = 1

/** The indicator set an assessment is made with, as a package or a return names it. */
export const SetIdentitySchema = z.strictObject({
  setId: z.string().check(z.regex(/^[a-z0-9-]+$/), z.maxLength(100)),
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/), z.maxLength(50)),
  /** SHA-256 (hex) of the set's file as `serialiseSetFile` writes it: one id, one content. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
})
export type SetIdentity = z.infer<typeof SetIdentitySchema>

/** The assessment a package or a return belongs to. */
export const AssessmentIdentitySchema = z.strictObject({
  id: FileIdSchema,
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  province: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  year: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  cityLevel: CityLevelSchema,
  indicatorSet: SetIdentitySchema,
})
export type AssessmentIdentity = z.infer<typeof AssessmentIdentitySchema>

export const PackageFileSchema = z.strictObject({
  format: z.literal(packageFormat),
  schemaVersion: z.literal(packageSchemaVersion),
  /** The version of the app that wrote the file, for support; not used when reading. */
  appVersion: z.string().check(z.maxLength(50)),
  packageId: FileIdSchema,
  createdAt: z.iso.datetime(),
  dueDate: z.optional(DateSchema),
  /** The coordinator's words to the department. */
  note: z.optional(z.string().check(z.maxLength(departmentLimits.noteLength))),
  assessment: AssessmentIdentitySchema,
  department: DepartmentSchema,
  /** The indicators the department answers, in the set's order; at least one. */
  indicatorIds: z
    .array(IndicatorIdSchema)
    .check(z.minLength(1), z.maxLength(departmentLimits.indicators)),
  /** The assessment's answers to those indicators when the package was made. */
  answers: z.record(IndicatorIdSchema, AnswerSchema),
  /** The indicator set, when it is one a user brought rather than one built into the app. */
  set: z.optional(SetFileSchema),
})
export type PackageFile = z.infer<typeof PackageFileSchema>

/** Only content travels to a department: the merge marks stay with the coordinator. */
const outgoing = (answer: Answer): Answer => {
  const copy: Answer = { ...answer }
  delete copy.merged
  return copy
}

/**
 * The package file of `issued` (made by `issuePackage`) for `department`. Pure: the caller
 * supplies the set's hash and, for a set a user brought, the set to carry.
 */
export const buildPackage = (
  assessment: Assessment,
  department: Department,
  issued: IssuedPackage,
  set: { sha256: string; carry: IndicatorSet | null },
  appVersion: string,
): PackageFile => ({
  format: packageFormat,
  schemaVersion: packageSchemaVersion,
  appVersion,
  packageId: issued.packageId,
  createdAt: issued.createdAt,
  ...(issued.dueDate === undefined ? {} : { dueDate: issued.dueDate }),
  ...(issued.note === undefined || issued.note === '' ? {} : { note: issued.note }),
  assessment: {
    id: assessment.id,
    city: assessment.city,
    ...(assessment.province === undefined ? {} : { province: assessment.province }),
    year: assessment.year,
    cityLevel: assessment.cityLevel,
    indicatorSet: { ...assessment.indicatorSet, sha256: set.sha256 },
  },
  department,
  indicatorIds: issued.indicatorIds,
  answers: Object.fromEntries(
    Object.entries(issued.base).map(([id, answer]) => [id, outgoing(answer)]),
  ),
  ...(set.carry === null ? {} : { set: toSetFile(set.carry) }),
})

/** The file's text: indented JSON, ending with a newline. */
export const serialisePackage = (file: PackageFile): string => `${JSON.stringify(file, null, 2)}\n`
