import { useEffect, useState, useSyncExternalStore } from 'react'
import type { ResponseRecord } from '../../domain/departments/responseRecord'
import { clearResponseJournal, writeResponseJournal } from '../../storage/responseJournal'
import { putResponse } from '../../storage/responseStorage'
import { systemClock } from '../../store/saveQueue'
import { createResponseSaver } from './responseSaver'

const deps = {
  put: (record: ResponseRecord, expected: string | null) => putResponse(record, expected),
  clock: systemClock,
  now: () => new Date().toISOString(),
  journal: { write: writeResponseJournal, clear: clearResponseJournal },
}

/**
 * The department's response as the page edits it (`responseSaver.ts`): journalled and written
 * when the tab is hidden or closed, and, as on the questionnaire, the browser asked to warn before
 * closing while work is not stored. `unsaved`: `initial` came from the journal.
 */
export const useResponseSaver = (initial: ResponseRecord, unsaved = false) => {
  const [saver] = useState(() => createResponseSaver(initial, deps, { unsaved }))
  const snapshot = useSyncExternalStore(saver.subscribe, saver.getSnapshot)
  useEffect(() => {
    const hide = () => void saver.hide()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') hide()
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsaved()) return
      hide()
      event.preventDefault()
    }
    window.addEventListener('pagehide', hide)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('pagehide', hide)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('beforeunload', onBeforeUnload)
      // Leaving the screen writes what is still waiting.
      void saver.flush()
    }
  }, [saver])
  return { ...snapshot, saver }
}
