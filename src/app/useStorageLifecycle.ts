import { useEffect } from 'react'
import { assessmentActions, assessments } from '../store/appStore'

/**
 * Loads stored assessments once, saves pending edits when the tab is hidden or closed, and asks
 * the browser to warn before closing only while a write is pending or has failed.
 */
export const useStorageLifecycle = (): void => {
  useEffect(() => {
    if (assessments.store.getState().phase === 'loading') void assessmentActions.hydrate()
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
