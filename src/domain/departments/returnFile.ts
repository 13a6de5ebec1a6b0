/**
 * The department return: a department's answers to its package, sent back to the coordinating
 * office as a file. This zod schema is the single source of truth for the format; its JSON Schema
 * is generated from it and shipped as `public/department-return.schema.json`. Reading a return
 * never trusts it: see `readDepartmentFile.ts`; merging it: `planReturn.ts`.
 *
 * Versions: 1 — the first.
 */
import '../zodConfig'
import { returnFormat } from './departmentFormats'
import { z } from 'zod/mini'
import { AnswerSchema, type Answer } from '../assessment/answer'
import { IndicatorIdSchema } from '../indicators/schema'
import {
  DepartmentSchema,
  FileIdSchema,
  RespondentSchema,
  type Respondent,
} from './departmentSchema'
import { AssessmentIdentitySchema, type PackageFile } from './packageFile'

export { returnFormat }
/** The version this app writes and the newest it reads. */
export const returnSchemaVersion = 1

/** One returned answer and when the department last changed it. */
export const ReturnedAnswerSchema = z.strictObject({
  answer: AnswerSchema,
  answeredAt: z.iso.datetime(),
})

export const ReturnFileSchema = z.strictObject({
  format: z.literal(returnFormat),
  schemaVersion: z.literal(returnSchemaVersion),
  appVersion: z.string().check(z.maxLength(50)),
  /** The package answered. */
  packageId: FileIdSchema,
  returnedAt: z.iso.datetime(),
  assessment: AssessmentIdentitySchema,
  department: DepartmentSchema,
  /** Who filled the answers in. */
  respondent: RespondentSchema,
  answers: z.record(IndicatorIdSchema, ReturnedAnswerSchema),
})
export type ReturnFile = z.infer<typeof ReturnFileSchema>

/**
 * The return file of a department's work on `pkg`: its answers (only those to the package's
 * indicators that say something), each with the time it was last changed. Pure.
 */
export const buildReturn = (
  pkg: PackageFile,
  answers: Readonly<Record<string, { answer: Answer; answeredAt: string } | undefined>>,
  respondent: Respondent,
  appVersion: string,
  returnedAt: string,
): ReturnFile => ({
  format: returnFormat,
  schemaVersion: returnSchemaVersion,
  appVersion,
  packageId: pkg.packageId,
  returnedAt,
  assessment: pkg.assessment,
  department: pkg.department,
  respondent,
  answers: Object.fromEntries(
    pkg.indicatorIds.flatMap((id) => {
      const entry = answers[id]
      return entry === undefined ? [] : [[id, entry]]
    }),
  ),
})

/** The file's text: indented JSON, ending with a newline. */
export const serialiseReturn = (file: ReturnFile): string => `${JSON.stringify(file, null, 2)}\n`
