/**
 * Departments on an assessment: the bureaus the coordinating office collects answers from, which
 * indicators each one answers, and the packages sent to them. Stored with the assessment from
 * stored format version 3; every field is optional, so an assessment without departments is
 * stored as before.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { AnswerSchema } from '../assessment/answer'
import { IndicatorIdSchema } from '../indicators/schema'

export const departmentLimits = {
  departments: 50,
  nameLength: 100,
  contactLength: 200,
  noteLength: 2_000,
  /** Packages kept per assessment: every re-export of every department over the years. */
  packages: 500,
  /** Returns remembered per package. */
  returns: 50,
  indicators: 500,
} as const

/** An id as the app makes it (`crypto.randomUUID`), or as a test writes it. */
export const FileIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/))

export const DepartmentIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))

const NameSchema = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(departmentLimits.nameLength))

export const DepartmentSchema = z.strictObject({
  id: DepartmentIdSchema,
  name: NameSchema,
  contact: z.optional(z.string().check(z.trim(), z.maxLength(departmentLimits.contactLength))),
})
export type Department = z.infer<typeof DepartmentSchema>

/** A calendar date (`2026-12-31`), as a due date is given. */
export const DateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/** Someone who filled in a department's answers, as they typed it once in the workspace. */
export const RespondentSchema = z.strictObject({
  name: NameSchema,
  department: NameSchema,
})
export type Respondent = z.infer<typeof RespondentSchema>

/** One return merged from a package: when the department wrote it, when it was merged, by whom. */
export const MergedReturnSchema = z.strictObject({
  returnedAt: z.iso.datetime(),
  mergedAt: z.iso.datetime(),
  respondent: RespondentSchema,
})

/**
 * A package as the coordinator sent it: to whom, which indicators, and the answers it carried
 * out (`base`: the assessment's answers to those indicators when it was made), against which a
 * return is merged. A newer package to the same department supersedes it.
 */
export const IssuedPackageSchema = z.strictObject({
  packageId: FileIdSchema,
  departmentId: DepartmentIdSchema,
  createdAt: z.iso.datetime(),
  dueDate: z.optional(DateSchema),
  note: z.optional(z.string().check(z.maxLength(departmentLimits.noteLength))),
  indicatorIds: z.array(IndicatorIdSchema).check(z.maxLength(departmentLimits.indicators)),
  base: z.record(IndicatorIdSchema, AnswerSchema),
  returns: z.optional(z.array(MergedReturnSchema).check(z.maxLength(departmentLimits.returns))),
})
export type IssuedPackage = z.infer<typeof IssuedPackageSchema>

/** The assessment's fields for departments (spread into `AssessmentSchema`). */
export const departmentFields = {
  departments: z.optional(
    z.array(DepartmentSchema).check(z.maxLength(departmentLimits.departments)),
  ),
  /** Which department answers an indicator: one per indicator; unassigned ones are absent. */
  assignments: z.optional(z.record(IndicatorIdSchema, DepartmentIdSchema)),
  packages: z.optional(z.array(IssuedPackageSchema).check(z.maxLength(departmentLimits.packages))),
}
