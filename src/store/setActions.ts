/**
 * Indicator sets brought by the user, on the store's side: reading the stored ones when the app
 * loads, and storing a new one. The code that parses and serialises set files (`customSets.ts`)
 * is fetched only when there is a set to read or store.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { SetRef } from '../content/defaultIndicatorSet'
import type { IndicatorSet } from '../domain/indicators/schema'
import type { AssessmentStorage, LoadResult } from '../storage/assessmentStorage'
import type { AssessmentsState } from './assessmentsStore'
import type { StoredSetsRead } from './customSets'

/** What `importSet` did, or why it stored nothing. */
export type ImportSetOutcome =
  | { ok: true; set: SetRef; added: boolean }
  | { ok: false; reason: 'not-ready' }
  | { ok: false; reason: 'different-set'; key: string }
  | { ok: false; reason: 'storage'; detail: string }

/**
 * Registers the stored sets (see `registerStoredSets`). When the code that reads them cannot be
 * fetched (offline before the service worker cached it), they count as unreadable for now and
 * stay stored untouched; the next load tries again.
 */
export const readStoredSets = async (stored: LoadResult['sets']): Promise<StoredSetsRead> => {
  // Most browsers keep no set of their own: they never fetch the code that reads one.
  if (stored.length === 0) return { sets: [], unreadable: [] }
  return import('./customSets')
    .then(({ registerStoredSets }) => registerStoredSets(stored))
    .catch(() => ({ sets: [], unreadable: stored.map((s) => s.key) }))
}

/** What storing a set needs of the store. */
export type SetContext = {
  store: StoreApi<AssessmentsState>
  /** The storage once loaded, else null. */
  storage: () => AssessmentStorage | null
}

export const createSetActions = (context: SetContext) => ({
  /**
   * Stores an indicator set brought by the user (read by the caller with every check of a set
   * file, `parseSetFile`) and makes it usable (see `importSet` in `customSets.ts`, fetched here).
   */
  importSet: (set: IndicatorSet): Promise<ImportSetOutcome> =>
    import('./customSets').then(
      ({ importSet }) => importSet(context, set),
      (error: unknown) => ({ ok: false, reason: 'storage', detail: String(error) }),
    ),
})
