/**
 * An assessment: one city, one year, answers keyed by permanent indicator id. This schema is the
 * single source of truth for what is stored in IndexedDB and what is exported to JSON.
 */
import '../zodConfig'
import { z } from 'zod'
import { CapabilityIdSchema, CityLevelSchema } from '../indicators/schema'
import { AnswerSchema } from './answer'

export const yearRange = { min: 2000, max: 2100 } as const
export const nameLength = 100

export const MaturityLevelIdSchema = z.enum(['L1', 'L2', 'L3', 'L4', 'L5'])

export const AssessmentSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  city: z.string().trim().min(1).max(nameLength),
  province: z.string().trim().max(nameLength).optional(),
  year: z.number().int().min(yearRange.min).max(yearRange.max),
  cityLevel: CityLevelSchema,
  indicatorSet: z.strictObject({
    setId: z.string().regex(/^[a-z0-9-]+$/),
    version: z.string().regex(/^\d+\.\d+\.\d+$/),
  }),
  answers: z.record(z.string().regex(/^SC-\d{3}$/), AnswerSchema),
  /** Optional "to-be" maturity level per capability. */
  targets: z.partialRecord(CapabilityIdSchema, MaturityLevelIdSchema).optional(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Increases by one with every stored write; a write that expects another revision is a conflict. */
  revision: z.number().int().min(0),
})
export type Assessment = z.infer<typeof AssessmentSchema>

/** Normalises a city name for the one-assessment-per-city-and-year rule: trimmed, case-folded, NFKC. */
export const cityKey = (city: string): string => city.normalize('NFKC').trim().toLocaleLowerCase()

/** The existing assessment of the same city and year, if any (other than `exceptId`). */
export const findSameCityYear = (
  assessments: readonly Pick<Assessment, 'id' | 'city' | 'year'>[],
  city: string,
  year: number,
  exceptId?: string,
) =>
  assessments.find((a) => a.id !== exceptId && a.year === year && cityKey(a.city) === cityKey(city))
