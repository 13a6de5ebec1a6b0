/**
 * What can still be said about a stored record that could not be read: the city, year and id a
 * person recognises it by, and why it was refused, so the record can be named and rescued.
 * Everything here reads untrusted text leniently, never throws and bounds what it returns.
 */
import { assertNever } from '../assertNever'
import type { RecordProblem } from './envelope'

/**
 * What a person is told about a record, one plain-words reason per kind: made by a newer version,
 * not JSON, invalid content, or in a format this app does not know at all (not an object, another
 * format, a version that is not a number).
 */
export type DamageReason =
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'not-json' }
  | { kind: 'invalid'; detail: string }
  | { kind: 'unknown-format' }

/** What is shown of a damaged record. `city` and `year` are null when they cannot be read. */
export type DamagedSummary = {
  id: string
  city: string | null
  year: number | null
  reason: DamageReason
}

/** The longest city and id shown (a city name is at most 100 characters in a valid record). */
export const maxShownName = 100
/** The longest description of the first problem of an invalid record. */
export const maxShownDetail = 160

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `text` with surrounding space trimmed and at most `max` characters (code points), plus "…". */
const shorten = (text: string, max: number): string => {
  const chars = [...text.trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max).join('')}…`
}

const readText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? shorten(value, maxShownName) : null

const readYear = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9999 ? value : null

/** JSON text parsed, or undefined when it is not JSON. Never throws. */
const parseJson = (raw: string): unknown => {
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return undefined
  }
}

/**
 * The plain-words reason for a problem. An invalid record is described by its first issue only
 * (`path: message`, at most `maxShownDetail` characters).
 */
export const damageReason = (problem: RecordProblem): DamageReason => {
  switch (problem.kind) {
    case 'newer-version':
      return { kind: 'newer-version', version: problem.version, supported: problem.supported }
    case 'not-json':
      return { kind: 'not-json' }
    case 'unknown-version':
    case 'not-an-object':
    case 'wrong-format':
      return { kind: 'unknown-format' }
    case 'invalid': {
      const first = problem.issues[0]
      const detail =
        first === undefined
          ? ''
          : first.path === ''
            ? first.message
            : `${first.path}: ${first.message}`
      return { kind: 'invalid', detail: shorten(detail, maxShownDetail) }
    }
    default:
      return assertNever(problem)
  }
}

/**
 * What can be read of a damaged record stored under `key` as `raw`. Text that is not JSON gives
 * only the key. Otherwise `city`, `year` and `id` are read leniently from the record's
 * `assessment` object (or, failing that, from the top level, in case a newer format moved it):
 * a city or id is kept only if it is non-empty text, shortened to `maxShownName` characters; a
 * year only if it is a whole number from 1 to 9999. The id falls back to the key.
 */
export const summariseDamaged = (
  key: string,
  raw: string,
  problem: RecordProblem,
): DamagedSummary => {
  const json = problem.kind === 'not-json' ? undefined : parseJson(raw)
  const outer = isRecord(json) ? json : {}
  const inner = isRecord(outer.assessment) ? outer.assessment : outer
  return {
    id: readText(inner.id) ?? shorten(key, maxShownName),
    city: readText(inner.city),
    year: readYear(inner.year),
    reason: damageReason(problem),
  }
}
