/**
 * The guard every whole-record rewrite of one assessment goes through (a move to another set
 * version, a merge, their undo): refuse while the store is not loaded, while another tab runs a
 * newer version of the app or edits the assessment; else take the assessment's writer lock, save
 * pending edits of every assessment, and only then write. The lock is released whatever happens.
 */
import type { AssessmentsState } from './assessmentsStore'
import type { RestoreContext } from './restoreBackup'

/** Why such a write wrote nothing before it started. */
export type WriterRefused = { ok: false; reason: 'open-elsewhere' | 'outdated' | 'not-ready' }

export type WriterContext = Pick<RestoreContext, 'acquireWriterLock'> & {
  store: { getState: () => AssessmentsState }
  /** Writes pending edits of every assessment (the store's `flush`). */
  flush: () => Promise<void>
}

/** Runs `write` as the one writer of assessment `id`, after saving pending edits; else refuses. */
export const asWriter = async <T>(
  { store, acquireWriterLock, flush }: WriterContext,
  id: string,
  write: () => Promise<T>,
): Promise<T | WriterRefused> => {
  const state = store.getState()
  if (state.phase !== 'ready') return { ok: false, reason: 'not-ready' }
  if (state.outdated) return { ok: false, reason: 'outdated' }
  if (state.readOnly[id] === true) return { ok: false, reason: 'open-elsewhere' }
  const lock = await acquireWriterLock?.(id)
  try {
    if (lock !== undefined && !lock.owned) return { ok: false, reason: 'open-elsewhere' }
    await flush()
    return await write()
  } finally {
    lock?.release()
  }
}
