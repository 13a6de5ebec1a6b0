/**
 * Building blocks of the indicator-set schemas (`schema.ts`, `weightProfileSchema.ts`): the bounds
 * on what a set may hold, bounded texts and lists, bilingual text and how far a fact is verified.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import '../zodConfig.ts'
import { z } from 'zod/mini'

/**
 * Bounds on what a set may hold. A set can come from a file that a user imports (`setFile.ts`), and
 * the same schema reads it, so every string and list is bounded; the bounds are generous (the
 * shipped set's longest text has 719 characters, its longest list other than indicators 45 items:
 * the release notes of 1.1.0).
 */
export const setLimits = {
  /** Characters of an id, a code, a clause reference or a `$schema` link. */
  shortText: 200,
  /** Characters of one language of a text. */
  longText: 4000,
  /** Indicators in one set: about 2 MB of indicators as fully documented as the shipped ones. */
  indicators: 500,
  /** Items of any other list: sources, dimensions, options, rubric levels … */
  listItems: 100,
  /** Ids a set may record as retired. */
  retired: 1000,
} as const

/** A trimmed, non-empty string of at most `max` characters. */
export const boundedText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1), z.maxLength(max))
/** An id, a code or a clause reference. */
export const text = boundedText(setLimits.shortText)
/** A list of at most `setLimits.listItems` items (and at least `min`). */
export const list = <T extends z.core.SomeType>(item: T, min?: number) =>
  min === undefined
    ? z.array(item).check(z.maxLength(setLimits.listItems))
    : z.array(item).check(z.minLength(min), z.maxLength(setLimits.listItems))

/** Set ids, option ids and weight-profile ids: lowercase letters, digits and hyphens. */
export const slugPattern = /^[a-z0-9-]+$/

/** Every piece of indicator text exists in Chinese (primary) and English (faithful translation). */
export const LocalizedTextSchema = z.strictObject({
  zh: boundedText(setLimits.longText),
  en: boundedText(setLimits.longText),
})

/**
 * How far a fact about a source is confirmed: `verified` (read in the source itself), `secondary`
 * (from a reliable secondary source), `unverified` (not confirmed; the product says so wherever it
 * shows the fact).
 */
export const VerificationSchema = z.enum(['verified', 'secondary', 'unverified'])
