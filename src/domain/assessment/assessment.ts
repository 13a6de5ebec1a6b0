/**
 * An assessment: one city, one year, answers keyed by permanent indicator id. This schema is the
 * single source of truth for what is stored in IndexedDB and what is exported to JSON.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { CapabilityIdSchema, CityLevelSchema, IndicatorIdSchema } from '../indicators/schema'
import { departmentFields } from '../departments/departmentSchema'
import { AnswerSchema } from './answer'

export const yearRange = { min: 2000, max: 2100 } as const
export const nameLength = 100

export const MaturityLevelIdSchema = z.enum(['L1', 'L2', 'L3', 'L4', 'L5'])

export const AssessmentSchema = z.strictObject({
  id: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  city: z.string().check(z.trim(), z.minLength(1), z.maxLength(nameLength)),
  province: z.optional(z.string().check(z.trim(), z.maxLength(nameLength))),
  year: z.number().check(z.int(), z.gte(yearRange.min), z.lte(yearRange.max)),
  cityLevel: CityLevelSchema,
  indicatorSet: z.strictObject({
    setId: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    version: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  }),
  /** Answers by indicator id (`SC-001`, or a custom set's own prefix such as `ZJ-001`). */
  answers: z.record(IndicatorIdSchema, AnswerSchema),
  /** Optional "to-be" maturity level per capability. */
  targets: z.optional(z.partialRecord(CapabilityIdSchema, MaturityLevelIdSchema)),
  /**
   * The weight profile of its indicator set that the total is weighted with (an id the set defines);
   * absent: the set's default weights. Stored from format version 2.
   */
  weightProfile: z.optional(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/))),
  /** Departments, who answers what, and the packages sent out. Stored from format version 3. */
  ...departmentFields,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Increases by one with every stored write; a write that expects another revision is a conflict. */
  revision: z.number().check(z.int(), z.gte(0)),
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
