/**
 * The clean-up of evidence files for the running app: fetched only where files may be stored (see
 * `appStore.ts`), so a first visit never downloads it.
 */
import type { StoreApi } from 'zustand/vanilla'
import { filesMayBeStored } from '../storage/filesStoredFlag'
import type { AssessmentsState } from './assessmentsStore'
import { cleanUpFiles } from './cleanUpFiles'
import { watchFileCleanup } from './watchFileCleanup'

/**
 * Removes unattached files from IndexedDB (the only place files live) at the moments
 * `watchFileCleanup` names, from now on; `now` gives the ISO date-time of each clean-up.
 */
export const startFileCleanup = (store: StoreApi<AssessmentsState>, now: () => string): void => {
  watchFileCleanup(
    store,
    (kept) => {
      if (store.getState().storageKind === 'indexeddb') void cleanUpFiles(kept, now())
    },
    filesMayBeStored,
  )
}
