/**
 * Restoring an assessment from an automatic backup (the home page's backups panel). A restore is
 * an import of the backed-up assessment with the choice "replace", so it is exactly as safe as
 * one: pending edits are saved first, the record it replaces is backed up in the same
 * transaction, revisions rise above every copy, and other tabs are told. On top of that it takes
 * the assessment's writer lock, so it never replaces an assessment open in another tab.
 *
 * Not one of the store's actions: only the backups panel needs it, so it comes with that panel's
 * code instead of the first download. The panel has read the backup (it shows it), so it hands
 * over the assessment.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { Assessment } from '../domain/assessment/assessment'
import { planImport, type ImportChoice } from '../domain/exchange/planImport'
import type { BackupReason } from '../storage/assessmentStorage'
import type { WriterLock } from '../storage/tabCoordination'
import type { AssessmentsState } from './assessmentsStore'
import type { ImportOutcome } from './exchangeActions'

/**
 * What a restore did (`id`: the assessment now holding the restored content; `backedUp`: how many
 * records it replaced and backed up first), or why it wrote nothing. Besides the import's
 * reasons: `open-elsewhere` (another tab is editing the assessment) and `outdated` (another tab
 * runs a newer version of the app, so this one writes nothing).
 */
export type RestoreOutcome =
  | { ok: true; id: string; backedUp: number }
  | Exclude<ImportOutcome, { ok: true }>
  | { ok: false; reason: 'open-elsewhere' | 'outdated' }

export type RestoreContext = {
  store: StoreApi<AssessmentsState>
  importAssessments: (
    incoming: readonly Assessment[],
    choices: ReadonlyMap<string, ImportChoice>,
    reason: BackupReason,
  ) => Promise<ImportOutcome>
  /** The one-writer-per-assessment lock between tabs (absent: this tab is the only one). */
  acquireWriterLock?: (id: string) => Promise<WriterLock>
}

/** Puts a backed-up assessment back over the one it belongs to (or adds it, if none is here). */
export const restoreBackup = async (
  { store, importAssessments, acquireWriterLock }: RestoreContext,
  assessment: Assessment,
): Promise<RestoreOutcome> => {
  const state = store.getState()
  if (state.phase !== 'ready') return { ok: false, reason: 'not-ready' }
  if (state.outdated) return { ok: false, reason: 'outdated' }
  // The assessment it lands on, as the import decides: the same city and year, else the same id.
  const [entry] = planImport([assessment], Object.values(state.byId))
  const target =
    entry === undefined || entry.collision.kind === 'new'
      ? assessment.id
      : entry.collision.existing.id
  const lock = await acquireWriterLock?.(target)
  try {
    if (lock !== undefined && !lock.owned) return { ok: false, reason: 'open-elsewhere' }
    const outcome = await importAssessments(
      [assessment],
      new Map([[assessment.id, 'replace']]),
      'pre-restore',
    )
    return outcome.ok
      ? { ok: true, id: outcome.ids[0] ?? target, backedUp: outcome.backedUp }
      : outcome
  } finally {
    lock?.release()
  }
}
