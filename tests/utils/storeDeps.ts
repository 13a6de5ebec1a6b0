import { vi } from 'vitest'
import type { Assessment } from '../../src/domain/assessment/assessment'
import type { AssessmentStorage } from '../../src/storage/assessmentStorage'
import { createMemoryStorage } from '../../src/storage/memoryStorage'
import type { Deps } from '../../src/store/assessmentsStore'
import { systemClock } from '../../src/store/saveQueue'

/** The one moment every test store lives at (timestamps in results are then predictable). */
export const fixedNow = () => '2026-01-02T03:04:05.000Z'

let counter = 0

/**
 * Dependencies for a real store over `storage`, one tab, the system clock (so vitest's fake
 * timers drive the save queue) and a journal that holds `journal` and records writes and clears.
 */
export const storeDeps = (storage: AssessmentStorage, journal: Assessment[] = []): Deps => ({
  openStorage: () => Promise.resolve(storage),
  fallbackStorage: () => Promise.resolve(createMemoryStorage(fixedNow)),
  now: fixedNow,
  clock: systemClock,
  newId: () => `new-id-${String(++counter).padStart(4, '0')}`,
  journal: { write: vi.fn(() => true), read: () => journal, clear: vi.fn() },
})
