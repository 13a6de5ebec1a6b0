/**
 * Export and import. These actions only read the state and, for an import, write through
 * `storage.replaceMany` (one transaction, after validation and a pre-import backup). The export
 * and planning code is not needed for the first screen, so it is fetched with `import()` on first
 * use (only its types are imported here). Where an action has no outcome to report it in, a
 * failed fetch (offline before the service worker cached the app) rejects; callers show it.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { Assessment } from '../domain/assessment/assessment'
import type { ExportFile } from '../domain/exchange/exportFile'
import type { IndicatorSet } from '../domain/indicators/schema'
import { customSets, customSetsUsedBy, registerCustomSet } from '../content/defaultIndicatorSet'
import type { ImportChoice, ImportSummary, PlanEntry } from '../domain/exchange/planImport'
import { currentSchemaVersion } from '../domain/assessment/envelope'
import type { AssessmentStorage, BackupReason, StoredSetText } from '../storage/assessmentStorage'
import type { StorageFailure } from '../storage/storageErrors'
import type { AssessmentsState, Deps } from './assessmentsStore'
import type { SaveQueue } from './saveQueue'
import type { SaveState } from './writeToStorage'

/** What `importAssessments` did, or why it wrote nothing. */
export type ImportOutcome =
  | { ok: true; summary: ImportSummary; ids: string[]; backedUp: number }
  | { ok: false; reason: 'not-ready' }
  | {
      ok: false
      reason: 'missing-choice' | 'invalid-choice' | 'conflict' | 'unsaved-changes' | 'blocked'
      id: string
    }
  | { ok: false; reason: 'invalid' | 'code-unavailable' | StorageFailure; detail: string }
  /** An indicator set of the file has the id and version of a stored one, with other content. */
  | { ok: false; reason: 'different-set'; key: string }

/** The user's indicator sets that `assessments` use: an export carries them. */
const setsOf = (assessments: readonly Assessment[]): IndicatorSet[] =>
  customSetsUsedBy(assessments.map((a) => a.indicatorSet))

type Context = {
  store: StoreApi<AssessmentsState>
  deps: Pick<Deps, 'now' | 'newId' | 'journal' | 'tabs'>
  /** The storage once loaded, else null. */
  storage: () => AssessmentStorage | null
  queue: Pick<SaveQueue, 'flush' | 'isBusy' | 'isDirty'>
}

export const createExchangeActions = ({ store, deps, storage, queue }: Context) => ({
  /** Every assessment in memory (unsaved edits included) as an export file. */
  exportAll: async (appVersion: string): Promise<ExportFile> => {
    const { buildExport } = await import('../domain/exchange/exportFile')
    const assessments = Object.values(store.getState().byId)
    return buildExport(assessments, appVersion, deps.now(), setsOf(assessments))
  },

  /** One assessment as an export file (importable like "Export all"), or null if unknown. */
  exportOne: async (id: string, appVersion: string): Promise<ExportFile | null> => {
    const { buildExport } = await import('../domain/exchange/exportFile')
    const assessment = store.getState().byId[id]
    return assessment === undefined
      ? null
      : buildExport([assessment], appVersion, deps.now(), setsOf([assessment]))
  },

  /** How each parsed incoming assessment collides with what is here (see `planImport`). */
  planImport: async (incoming: readonly Assessment[]): Promise<PlanEntry[]> => {
    const { planImport } = await import('../domain/exchange/planImport')
    return planImport(incoming, Object.values(store.getState().byId))
  },

  /**
   * Applies the user's choices (keyed by incoming id) atomically: the plan is made again against
   * the current state, pending edits of records about to be replaced are saved first (so the
   * automatic backup holds them), then every record is written in one storage transaction and
   * other tabs are told (they re-read what they show). On any failure nothing is written and the
   * state stays as it was. `reason` marks the backup (a restore reuses this path). `sets` are the
   * indicator sets the file brought that this browser lacks (checked by `parseImport`): they are
   * stored in the same transaction and made usable.
   */
  importAssessments: async (
    incoming: readonly Assessment[],
    choices: ReadonlyMap<string, ImportChoice>,
    reason: BackupReason = 'pre-import',
    sets: readonly IndicatorSet[] = [],
  ): Promise<ImportOutcome> => {
    const target = storage()
    if (target === null || store.getState().phase !== 'ready')
      return { ok: false, reason: 'not-ready' }
    const planning = await import('../domain/exchange/planImport').then(
      (module) => ({ ok: true as const, module }),
      (error: unknown) => ({ ok: false as const, error }),
    )
    if (!planning.ok)
      return { ok: false, reason: 'code-unavailable', detail: String(planning.error) }
    const { planImport, resolveImport } = planning.module
    const existing = Object.values(store.getState().byId)
    const resolved = resolveImport(planImport(incoming, existing), choices, existing, deps.newId)
    if (!resolved.ok) return { ok: false, reason: resolved.problem.kind, id: resolved.problem.id }
    const targets = resolved.writes.map((w) => w.id)
    // A save already on its way counts too: finishing after `replaceMany`, it would mix its
    // revision into the imported record (loading the code above widens that window).
    await Promise.all(targets.filter((id) => queue.isBusy(id)).map((id) => queue.flush(id)))
    const unsaved = targets.find((id) => queue.isDirty(id))
    if (unsaved !== undefined) return { ok: false, reason: 'unsaved-changes', id: unsaved }
    let texts: StoredSetText[] = []
    try {
      if (sets.length > 0) {
        const { storedSetText } = await import('./customSets')
        texts = await Promise.all(sets.map(storedSetText))
      }
    } catch (error) {
      return { ok: false, reason: 'code-unavailable', detail: String(error) }
    }
    const result = await target.replaceMany(resolved.writes, reason, texts)
    if (!result.ok) {
      if (result.reason === 'blocked') return { ok: false, reason: 'blocked', id: result.id }
      if (result.reason === 'different-set')
        return { ok: false, reason: 'different-set', key: result.key }
      return { ok: false, reason: result.reason, detail: result.detail }
    }
    for (const set of sets) registerCustomSet(set)
    if (sets.length > 0) store.setState({ customSets: customSets() })
    const at = deps.now()
    store.setState((s) => ({
      byId: { ...s.byId, ...Object.fromEntries(result.assessments.map((a) => [a.id, a])) },
      save: {
        ...s.save,
        ...Object.fromEntries(
          result.assessments.map((a): [string, SaveState] => [a.id, { status: 'saved', at }]),
        ),
      },
      backupCount: s.backupCount + (result.backup === null ? 0 : 1),
    }))
    for (const { id, revision } of result.assessments) {
      deps.journal.clear(id)
      deps.tabs?.announceSaved({ type: 'saved', id, revision, schemaVersion: currentSchemaVersion })
    }
    return {
      ok: true,
      summary: resolved.summary,
      ids: result.assessments.map((a) => a.id),
      backedUp: result.backup?.records.length ?? 0,
    }
  },
})
