import { useEffect } from 'react'
import { assessmentActions } from '../store/appStore'

/**
 * Loads stored assessments once, saves pending edits when the tab is hidden or closed, and asks
 * the browser to warn before closing only while a write is pending or has failed. A load that
 * fails ends in the store's `failed` phase (StorageGate shows it); anything that goes wrong after
 * loading is logged rather than left as an unhandled rejection.
 */
export const useStorageLifecycle = (): void => {
  useEffect(() => {
    assessmentActions.hydrate().catch((error: unknown) => console.error(error))
    const onHide = () => assessmentActions.flushOnHide()
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') onHide()
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (assessmentActions.hasUnsavedChanges()) {
        assessmentActions.flushOnHide()
        event.preventDefault()
      }
    }
    window.addEventListener('pagehide', onHide)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('pagehide', onHide)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [])
}
