/**
 * When stored evidence files may have lost their last reference: once loading has finished, and
 * whenever a deleted assessment can no longer be brought back (its undo window has passed, or a
 * later delete took its place). Never while an undo is still offered: the deleted assessment is
 * passed on with the others, so its files stay.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { Assessment } from '../domain/assessment/assessment'
import type { AssessmentsState } from './assessmentsStore'

/**
 * Calls `cleanUp` with every assessment whose files must stay (those in memory, with unsaved edits,
 * and the deleted one an undo could restore) at those moments, when this browser may hold files
 * at all (a first visit never fetches the clean-up). Returns the unsubscribe.
 */
export const watchFileCleanup = (
  store: StoreApi<AssessmentsState>,
  cleanUp: (kept: Assessment[]) => void,
  filesMayBeStored: () => boolean,
): (() => void) => {
  const run = (state: AssessmentsState) => {
    if (!filesMayBeStored()) return
    const kept = Object.values(state.byId)
    if (state.lastDeleted !== null) kept.push(state.lastDeleted)
    cleanUp(kept)
  }
  const unsubscribe = store.subscribe((state, previous) => {
    const loaded = previous.phase === 'loading' && state.phase === 'ready'
    const undoGone = previous.lastDeleted !== null && state.lastDeleted !== previous.lastDeleted
    if (loaded || undoGone) run(state)
  })
  if (store.getState().phase === 'ready') run(store.getState())
  return unsubscribe
}
