import '../zodConfig'
import { z } from 'zod'
import { CityLevelSchema } from '../indicators/schema'
import { nameLength, yearRange } from './assessment'
import { parseNumber } from './answerForm'

/** The "new assessment" form as typed; messages are i18n keys. */
export const NewAssessmentFormSchema = z.object({
  city: z.string().trim().min(1, 'validation.cityRequired').max(nameLength, 'validation.tooLong'),
  province: z.string().trim().max(nameLength, 'validation.tooLong'),
  year: z.string().transform((text, ctx) => {
    const year = parseNumber(text)
    if (year === null || !Number.isInteger(year) || year < yearRange.min || year > yearRange.max) {
      ctx.addIssue({ code: 'custom', message: 'validation.yearRange' })
      return z.NEVER
    }
    return year
  }),
  cityLevel: CityLevelSchema,
  setVersion: z.string().min(1),
})
export type NewAssessmentFormInput = z.input<typeof NewAssessmentFormSchema>
export type NewAssessmentFormOutput = z.output<typeof NewAssessmentFormSchema>
