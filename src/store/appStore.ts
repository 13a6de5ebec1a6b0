import { useStore } from 'zustand'
import { clearJournal, readJournal, writeJournal } from '../storage/editJournal'
import { filesMayBeStored, onFirstFileStored } from '../storage/filesStoredFlag'
import { openIndexedDbStorage } from '../storage/indexedDbStorage'
import { acquireWriterLock, announceSaved, onOtherTabSaved } from '../storage/tabCoordination'
import { createAssessmentsStore, type AssessmentsState } from './assessmentsStore'
import { systemClock } from './saveQueue'

export const appVersion = __APP_VERSION__

const now = () => new Date().toISOString()

/** The one store of the running app. Tests build their own with `createAssessmentsStore`. */
export const assessments = createAssessmentsStore({
  openStorage: () => openIndexedDbStorage(appVersion, now),
  // Only a browser that refuses IndexedDB needs it: fetched then, not on every first visit.
  fallbackStorage: () =>
    import('../storage/memoryStorage').then(({ createMemoryStorage }) => createMemoryStorage(now)),
  now,
  clock: systemClock,
  newId: () => crypto.randomUUID(),
  journal: {
    write: (list, savedAt) => writeJournal(list, appVersion, savedAt),
    read: readJournal,
    clear: clearJournal,
  },
  tabs: { acquireWriterLock, announceSaved, onOtherTabSaved },
  // Fetched on the first save, not in the first download. A failed fetch (offline before the
  // app was cached) asks nothing; the next save tries again.
  keepData: () =>
    void import('../storage/persistence').then(
      (m) => m.persistence.askOnce(),
      () => undefined,
    ),
})

export const assessmentActions = assessments.actions

// Evidence files nothing attaches any more are removed by code fetched only where files may be
// stored: at load in a browser that has stored one, or once this page stores its first.
const startFileCleanup = () =>
  void import('./startFileCleanup').then(
    (m) => m.startFileCleanup(assessments.store, now),
    () => undefined,
  )
if (filesMayBeStored()) startFileCleanup()
else onFirstFileStored(startFileCleanup)

/** Reads one slice of the assessments state; components re-render only when that slice changes. */
export const useAssessments = <T>(selector: (state: AssessmentsState) => T): T =>
  useStore(assessments.store, selector)
