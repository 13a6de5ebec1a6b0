/**
 * Moving an assessment to another version of its indicator set, once the user has seen what
 * changes and agreed (the move screen). It writes through the import's "replace" path, so it is
 * exactly as safe as an import: pending edits are saved first, the record as it was is kept as an
 * automatic backup in the same transaction (reason `before-version-move`), the revision rises
 * above every copy and other tabs are told. Like a restore it takes the assessment's writer lock,
 * so it never moves an assessment that another tab is editing.
 *
 * Not one of the store's actions: only the move screen needs it (and `planMove`), so it comes
 * with that screen's code instead of the first download. Undo is `restoreBackup` with the
 * `previous` record this returns.
 */
import { applyMove, planMove, type MovePlan } from '../domain/assessment/moveToVersion'
import type { Assessment } from '../domain/assessment/assessment'
import type { IndicatorSet } from '../domain/indicators/schema'
import type { ImportOutcome } from './exchangeActions'
import type { RestoreContext } from './restoreBackup'

/**
 * What a move did (`previous`: the record as it was stored just before, for undo; `moved`: the
 * record now stored; `plan`: what happened to each answer and score), or why it wrote nothing.
 * Besides the import's reasons: `not-found` (no such assessment here), `open-elsewhere` (another
 * tab is editing it), `outdated` (another tab runs a newer version of the app) and `changed` (the
 * assessment no longer records `from`: it was moved elsewhere meanwhile).
 */
export type MoveOutcome =
  | { ok: true; previous: Assessment; moved: Assessment; plan: MovePlan }
  | Exclude<ImportOutcome, { ok: true }>
  | { ok: false; reason: 'not-found' | 'open-elsewhere' | 'outdated' | 'changed' }

export type MoveContext = RestoreContext & {
  /** Writes pending edits of every assessment (the store's `flush`). */
  flush: () => Promise<void>
  /** The moment of the move (ISO date-time): the moved record's `updatedAt`. */
  now: () => string
}

/**
 * Moves assessment `id`, which records set `from`, to set `to`: plans the move again against the
 * assessment as stored after saving pending edits (so nothing typed a moment ago is lost or left
 * out of the backup), then writes `applyMove`'s result. On any refusal or storage failure nothing
 * is written and the assessment stays as it was.
 */
export const moveToVersion = async (
  { store, importAssessments, acquireWriterLock, flush, now }: MoveContext,
  id: string,
  from: IndicatorSet,
  to: IndicatorSet,
): Promise<MoveOutcome> => {
  const state = store.getState()
  if (state.phase !== 'ready') return { ok: false, reason: 'not-ready' }
  if (state.outdated) return { ok: false, reason: 'outdated' }
  if (state.readOnly[id] === true) return { ok: false, reason: 'open-elsewhere' }
  const lock = await acquireWriterLock?.(id)
  try {
    if (lock !== undefined && !lock.owned) return { ok: false, reason: 'open-elsewhere' }
    await flush()
    const previous = store.getState().byId[id]
    if (previous === undefined) return { ok: false, reason: 'not-found' }
    const recorded = previous.indicatorSet
    if (recorded.setId !== from.meta.setId || recorded.version !== from.meta.version)
      return { ok: false, reason: 'changed' }
    const plan = planMove(previous, from, to)
    const outcome = await importAssessments(
      [applyMove(plan, now())],
      new Map([[id, 'replace']]),
      'before-version-move',
    )
    if (!outcome.ok) return outcome
    const moved = store.getState().byId[id]
    if (moved === undefined) return { ok: false, reason: 'not-found' }
    return { ok: true, previous, moved, plan }
  } finally {
    lock?.release()
  }
}
