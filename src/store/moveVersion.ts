/**
 * Moving an assessment to another version of its indicator set, once the user has seen what
 * changes and agreed (the move screen), and undoing that move. Both write through the import's
 * "replace" path, so they are exactly as safe as an import: pending edits are saved first, the
 * record as it was is kept as an automatic backup in the same transaction (reason
 * `before-version-move` for the move, `pre-restore` for the undo, as a restore from the backups
 * list is), the revision rises above every copy and other tabs are told. Like a restore they take
 * the assessment's writer lock, so they never write an assessment that another tab is editing.
 *
 * Not the store's actions: only the move screen needs them (and `planMove`), so they come with
 * that screen's code instead of the first download.
 */
import { applyMove, planMove, type MovePlan } from '../domain/assessment/moveToVersion'
import type { Assessment } from '../domain/assessment/assessment'
import type { IndicatorSet } from '../domain/indicators/schema'
import type { AssessmentsState } from './assessmentsStore'
import type { ImportOutcome } from './exchangeActions'
import { asWriter } from './asWriter'
import type { RestoreContext } from './restoreBackup'

/** Why a move or its undo wrote nothing, besides the import's reasons (see `MoveOutcome`). */
type Refused = { ok: false; reason: 'not-found' | 'open-elsewhere' | 'outdated' | 'changed' }

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
  | Refused

/** What an undo did (the assessment holds `previous` again), or why it wrote nothing. */
export type UndoOutcome = { ok: true } | Exclude<ImportOutcome, { ok: true }> | Refused

export type MoveContext = Pick<RestoreContext, 'importAssessments' | 'acquireWriterLock'> & {
  store: { getState: () => AssessmentsState }
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
export const moveToVersion = (
  context: MoveContext,
  id: string,
  from: IndicatorSet,
  to: IndicatorSet,
): Promise<MoveOutcome> =>
  asWriter(context, id, async (): Promise<MoveOutcome> => {
    const previous = context.store.getState().byId[id]
    if (previous === undefined) return { ok: false, reason: 'not-found' }
    const recorded = previous.indicatorSet
    if (recorded.setId !== from.meta.setId || recorded.version !== from.meta.version)
      return { ok: false, reason: 'changed' }
    const plan = planMove(previous, from, to)
    const outcome = await context.importAssessments(
      [applyMove(plan, context.now())],
      new Map([[id, 'replace']]),
      'before-version-move',
    )
    if (!outcome.ok) return outcome
    const moved = context.store.getState().byId[id]
    if (moved === undefined) return { ok: false, reason: 'not-found' }
    return { ok: true, previous, moved, plan }
  })

/**
 * Undoes a move: puts `previous` (the record `moveToVersion` returned) back over the assessment,
 * with the same id, answers, version and dates; only the revision rises (so a copy of the moved
 * record in another tab fails to save over it). The moved record is kept as a backup.
 */
export const undoMove = (context: MoveContext, previous: Assessment): Promise<UndoOutcome> =>
  asWriter(context, previous.id, async (): Promise<UndoOutcome> => {
    const outcome = await context.importAssessments(
      [previous],
      new Map([[previous.id, 'replace']]),
      'pre-restore',
    )
    return outcome.ok ? { ok: true } : outcome
  })
