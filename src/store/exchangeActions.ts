/**
 * Export and import. These actions only read the state and, for an import, write through
 * `storage.replaceMany` (one transaction, after validation and a pre-import backup). The export
 * code, the planning code and the code that writes an import (`writeImport.ts`) are not needed for
 * the first screen, so they are fetched with `import()` on first
 * use (only its types are imported here). Where an action has no outcome to report it in, a
 * failed fetch (offline before the service worker cached the app) rejects; callers show it.
 */
import type { StoreApi } from 'zustand/vanilla'
import type { Assessment } from '../domain/assessment/assessment'
import type { ExportFile } from '../domain/exchange/exportFile'
import type { IndicatorSet } from '../domain/indicators/schema'
import { customSetsUsedBy } from '../content/defaultIndicatorSet'
import type { ImportChoice, ImportSummary, PlanEntry } from '../domain/exchange/planImport'
import type { AssessmentStorage, BackupReason } from '../storage/assessmentStorage'
import type { StorageFailure } from '../storage/storageErrors'
import type { AssessmentsState, Deps } from './assessmentsStore'
import type { SaveQueue } from './saveQueue'

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

/** What export and import need of the store. */
export type ExchangeContext = {
  store: StoreApi<AssessmentsState>
  deps: Pick<Deps, 'now' | 'newId' | 'journal' | 'tabs'>
  /** The storage once loaded, else null. */
  storage: () => AssessmentStorage | null
  queue: Pick<SaveQueue, 'flush' | 'isBusy' | 'isDirty'>
}

export const createExchangeActions = (context: ExchangeContext) => {
  const { store, deps } = context
  return {
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
    importAssessments: (
      incoming: readonly Assessment[],
      choices: ReadonlyMap<string, ImportChoice>,
      reason: BackupReason = 'pre-import',
      sets: readonly IndicatorSet[] = [],
    ): Promise<ImportOutcome> =>
      import('./writeImport').then(
        ({ writeImport }) => writeImport(context, incoming, choices, reason, sets),
        (error: unknown) => ({ ok: false, reason: 'code-unavailable', detail: String(error) }),
      ),
  }
}
