import '../zodConfig'
import { z } from 'zod/mini'
import { departmentLimits } from './departmentSchema'

/** The "department" form (add or edit) as typed; messages are i18n keys. */
export const DepartmentFormSchema = z.object({
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'departments.form.nameRequired'),
      z.maxLength(departmentLimits.nameLength, 'validation.tooLong'),
    ),
  contact: z
    .string()
    .check(z.trim(), z.maxLength(departmentLimits.contactLength, 'validation.tooLong')),
})
export type DepartmentFormValues = z.output<typeof DepartmentFormSchema>

/** The "export package" form: an optional due date (as a date input gives it) and note. */
export const PackageFormSchema = z.object({
  dueDate: z.string().check(z.regex(/^(\d{4}-\d{2}-\d{2})?$/, 'departments.form.dueDateInvalid')),
  note: z.string().check(z.trim(), z.maxLength(departmentLimits.noteLength, 'validation.tooLong')),
})
export type PackageFormValues = z.output<typeof PackageFormSchema>
