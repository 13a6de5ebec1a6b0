/**
 * One write of the save queue: the assessment as it is in memory now goes to storage, and
 * `save[id]` tells the UI how it went. A write that fails keeps the edits in memory; the outcome
 * tells the queue whether to try again.
 */
import type { StoreApi } from 'zustand/vanilla'
import { currentSchemaVersion } from '../domain/assessment/envelope'
import type { AssessmentStorage, SaveResult } from '../storage/assessmentStorage'
import { describeError } from '../storage/storageErrors'
import type { AssessmentsState, Deps } from './assessmentsStore'
import type { WriteOutcome } from './saveQueue'

export type SaveState =
  | { status: 'saved'; at: string }
  | { status: 'pending' }
  | { status: 'saving' }
  | {
      status: 'error'
      reason: 'quota' | 'unavailable' | 'failed' | 'conflict' | 'blocked'
      detail?: string
    }

export const setSaveState = (store: StoreApi<AssessmentsState>, id: string, state: SaveState) =>
  store.setState((s) => ({ save: { ...s.save, [id]: state } }))

type Context = {
  store: StoreApi<AssessmentsState>
  deps: Pick<Deps, 'journal' | 'tabs'>
  /** The storage once loaded, else null. */
  storage: () => AssessmentStorage | null
  /** True when edits arrived after this write took its copy. */
  isDirty: (id: string) => boolean
}

export const createStorageWriter =
  ({ store, deps, storage, isDirty }: Context) =>
  async (id: string): Promise<WriteOutcome> => {
    const target = storage()
    const current = store.getState().byId[id]
    if (target === null || current === undefined) return 'hold'
    setSaveState(store, id, { status: 'saving' })
    // Storage reports failures as results; should it throw anyway, that is a failed write too.
    const result = await target.save(current).catch((error: unknown): SaveResult => ({
      ok: false,
      reason: 'failed',
      detail: describeError(error),
    }))
    if (!result.ok) {
      setSaveState(store, id, {
        status: 'error',
        reason: result.reason,
        ...('detail' in result ? { detail: result.detail } : {}),
      })
      // Conflicts and blocked records need a person's decision; other failures may pass (space freed).
      return result.reason === 'conflict' || result.reason === 'blocked' ? 'hold' : 'retry'
    }
    const { revision, updatedAt } = result.assessment
    deps.journal.clear(id)
    deps.tabs?.announceSaved({ type: 'saved', id, revision, schemaVersion: currentSchemaVersion })
    // Edits made while the write was in flight stay in memory; keep them, with the new revision.
    store.setState((s) => {
      const latest = s.byId[id]
      const merged = latest === undefined ? result.assessment : { ...latest, revision, updatedAt }
      return { byId: { ...s.byId, [id]: merged } }
    })
    setSaveState(
      store,
      id,
      isDirty(id) ? { status: 'pending' } : { status: 'saved', at: updatedAt },
    )
    return 'written'
  }
