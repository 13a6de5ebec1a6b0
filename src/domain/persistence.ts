/**
 * Persistent storage: whether to ask the browser to keep this site's data (exempt it from being
 * cleared when the disk runs low), and what the browser's position means for the user. Pure: the
 * storage layer reads the browser and localStorage and passes the facts in.
 *
 * The rule is "ask at most once per browser profile". Firefox shows the user a question each time
 * `persist()` is called while not granted, so asking on every visit would be a loop of prompts;
 * Chrome decides silently, and asking again changes nothing unless the user's use of the site has.
 */
import { isIsoDateTime } from './isoDateTime'

/** What `navigator.storage.persisted()` said; null when the browser has no such API or it failed. */
export type Persisted = boolean | null

/**
 * How the one request went. `pending` is written just before asking, so a tab closed while the
 * browser's question is open is not asked again; `failed`: `persist()` threw.
 */
export const persistAnswers = ['granted', 'refused', 'pending', 'failed'] as const
export type PersistAnswer = (typeof persistAnswers)[number]

const isPersistAnswer = (value: unknown): value is PersistAnswer =>
  persistAnswers.some((known) => known === value)

/** The app's memory of asking (kept in localStorage as JSON). */
export type PersistRequest = { askedAt: string; answer: PersistAnswer }

/** The remembered request; null when never asked; `unreadable` when localStorage refused to be read. */
export type RequestMemory = PersistRequest | null | 'unreadable'

/**
 * Reads the stored text of a request. Absent (null) reads as never asked; so does text that is
 * not a valid request (hand-edited or from a future version): the worst case is one more question.
 * Checked by hand rather than with zod: this module is fetched on the first save, and importing
 * zod here made the bundler move zod's setup out of the first download's main file into a chunk
 * of its own (0.4 kB more on the first visit).
 */
export const parsePersistRequest = (text: string | null): PersistRequest | null => {
  if (text === null) return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { askedAt, answer } = value as Record<string, unknown>
  return isIsoDateTime(askedAt) && isPersistAnswer(answer) ? { askedAt, answer } : null
}

/**
 * Whether to ask now: only when the browser can be asked and has not granted (`persisted` is
 * false) and this profile was never asked (`memory` is null). Already granted, no API, asked before
 * (whatever the answer, even `pending`) or a memory that cannot be read: never, because an answer
 * that cannot be remembered would be asked for again on every visit.
 */
export const shouldAskToPersist = (persisted: Persisted, memory: RequestMemory): boolean =>
  persisted === false && memory === null

/**
 * What to tell the user.
 * - `granted`: the browser keeps the data (`persisted` true), whatever the app remembers.
 * - `unknown`: the browser cannot say (`persisted` null: no API, or it failed).
 * - `notAsked`: not granted and never asked; the next save asks.
 * - `notGranted`: not granted although asked (refused, failed, still open, or granted once and
 *   since withdrawn), or asked or not is unknown because localStorage cannot be read.
 */
export type PersistState = 'granted' | 'notGranted' | 'notAsked' | 'unknown'

export const persistState = (persisted: Persisted, memory: RequestMemory): PersistState => {
  if (persisted === true) return 'granted'
  if (persisted === null) return 'unknown'
  return memory === null ? 'notAsked' : 'notGranted'
}
