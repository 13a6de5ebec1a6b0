import '../zodConfig'
import { z } from 'zod/mini'
import { CityLevelSchema } from '../indicators/schema'
import { nameLength, yearRange } from './assessment'
import { parseNumber } from './answerForm'

/** The "new assessment" form as typed; messages are i18n keys. */
export const NewAssessmentFormSchema = z.object({
  city: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'validation.cityRequired'),
      z.maxLength(nameLength, 'validation.tooLong'),
    ),
  province: z.string().check(z.trim(), z.maxLength(nameLength, 'validation.tooLong')),
  year: z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const year = parseNumber(text)
      if (
        year === null ||
        !Number.isInteger(year) ||
        year < yearRange.min ||
        year > yearRange.max
      ) {
        // `zod/mini` has no `ctx.addIssue`; this is the issue full zod's `addIssue` would record.
        ctx.issues.push({ code: 'custom', message: 'validation.yearRange', input: text })
        return z.NEVER
      }
      return year
    }),
  ),
  cityLevel: CityLevelSchema,
  setVersion: z.string().check(z.minLength(1)),
})
export type NewAssessmentFormInput = z.input<typeof NewAssessmentFormSchema>
export type NewAssessmentFormOutput = z.output<typeof NewAssessmentFormSchema>
