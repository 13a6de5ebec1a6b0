/**
 * Indicator sets brought by the user, on the store's side: reading the stored ones when the app
 * loads, and storing a new one. The code that parses and serialises set files (`customSets.ts`)
 * is fetched only when there is a set to read or store.
 */
import type { StoreApi } from 'zustand/vanilla'
import { customSets, registerCustomSet, type SetRef } from '../content/defaultIndicatorSet'
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

type Context = {
  store: StoreApi<AssessmentsState>
  /** The storage once loaded, else null. */
  storage: () => AssessmentStorage | null
}

export const createSetActions = ({ store, storage }: Context) => ({
  /**
   * Stores an indicator set brought by the user (read by the caller with every check of a set
   * file, `parseSetFile`) and makes it usable. A set already stored with the same content is a
   * success that adds nothing; one with the same id and version but other content is refused.
   */
  importSet: async (set: IndicatorSet): Promise<ImportSetOutcome> => {
    const target = storage()
    if (target === null || store.getState().phase !== 'ready')
      return { ok: false, reason: 'not-ready' }
    let text
    try {
      const { storedSetText } = await import('./customSets')
      text = await storedSetText(set)
    } catch (error) {
      return { ok: false, reason: 'storage', detail: String(error) }
    }
    const result = await target.saveSets([text])
    if (!result.ok)
      return result.reason === 'different-set'
        ? { ok: false, reason: 'different-set', key: result.key }
        : { ok: false, reason: 'storage', detail: result.detail }
    const ref = registerCustomSet(set)
    store.setState({ customSets: customSets() })
    return { ok: true, set: ref, added: result.added.length > 0 }
  },
})
