import { useEffect, useState, useSyncExternalStore } from 'react'
import type { ResponseRecord } from '../../domain/departments/responseRecord'
import { putResponse } from '../../storage/responseStorage'
import { systemClock } from '../../store/saveQueue'
import { createResponseSaver } from './responseSaver'

const deps = {
  put: (record: ResponseRecord, expected: string | null) => putResponse(record, expected),
  clock: systemClock,
  now: () => new Date().toISOString(),
}

/** The department's response as the page edits it (`responseSaver.ts`), flushed on `pagehide`. */
export const useResponseSaver = (initial: ResponseRecord) => {
  const [saver] = useState(() => createResponseSaver(initial, deps))
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot)
  useEffect(() => {
    const flush = () => void saver.flush()
    window.addEventListener('pagehide', flush)
    return () => {
      window.removeEventListener('pagehide', flush)
      // Leaving the screen writes what is still waiting.
      flush()
    }
  }, [saver])
  return { ...snapshot, saver }
}
