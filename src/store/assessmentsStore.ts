/**
 * The assessments in memory and their save state. Edits apply in memory at once and are written
 * to storage after a short pause, and within a second even while typing goes on; flushed when the
 * tab is hidden; nothing is written before
 * loading has finished; every write failure is kept in `save[id]` for the UI to show.
 */
import { createStore } from 'zustand/vanilla'
import { findSameCityYear, type Assessment } from '../domain/assessment/assessment'
import type { Answer } from '../domain/assessment/answer'
import type { CityLevel } from '../domain/indicators/schema'
import type { AssessmentStorage, DamagedRecord } from '../storage/assessmentStorage'
import type { SavedMessage, WriterLock } from '../storage/tabCoordination'
import { currentSchemaVersion } from '../domain/assessment/envelope'
// Import and export (see the block before `actions`): types only, the code is fetched on first use.
import type { ExportFile } from '../domain/exchange/exportFile'
import type { ImportChoice, ImportSummary, PlanEntry } from '../domain/exchange/planImport'
import type { StorageFailure } from '../storage/storageErrors'

/** The pause after an edit before it is written; each edit restarts it. */
export const saveDelayMs = 400
/**
 * The longest an edit waits to be written while edits keep coming (continuous typing never
 * pauses for `saveDelayMs`): a crash then loses at most this much, not the whole burst.
 */
export const maxSaveWaitMs = 1_000
/** After a failed write (storage full, I/O error) the store tries again this often. */
export const retryDelayMs = 5_000

export type SaveState =
  | { status: 'saved'; at: string }
  | { status: 'pending' }
  | { status: 'saving' }
  | {
      status: 'error'
      reason: 'quota' | 'unavailable' | 'failed' | 'conflict' | 'blocked'
      detail?: string
    }

export type NewAssessmentInput = {
  city: string
  province?: string | undefined
  year: number
  cityLevel: CityLevel
  indicatorSet: { setId: string; version: string }
}

export type CreateResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'duplicate'; existingId: string }
  | { ok: false; reason: 'storage'; detail: string }

export type AssessmentsState = {
  phase: 'loading' | 'ready'
  storageKind: 'indexeddb' | 'memory' | null
  byId: Record<string, Assessment>
  damaged: DamagedRecord[]
  save: Record<string, SaveState>
  lastDeleted: Assessment | null
  /** Assessments open for editing in another tab: this tab shows them but does not write. */
  readOnly: Record<string, boolean>
  /** Another tab runs a newer version of the app (newer stored format): this tab stops writing. */
  outdated: boolean
}

export type Deps = {
  openStorage: () => Promise<AssessmentStorage>
  fallbackStorage: () => AssessmentStorage
  now: () => string
  newId: () => string
  journal: {
    write: (assessments: readonly Assessment[], savedAt: string) => boolean
    read: () => Assessment[]
    clear: (id: string) => void
  }
  /** Coordination with other tabs (R14); absent in tests of a single tab. */
  tabs?: {
    acquireWriterLock: (id: string) => Promise<WriterLock>
    announceSaved: (message: SavedMessage) => void
    onOtherTabSaved: (listener: (message: SavedMessage) => void) => () => void
  }
}

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

export const createAssessmentsStore = (deps: Deps) => {
  const store = createStore<AssessmentsState>(() => ({
    phase: 'loading',
    storageKind: null,
    byId: {},
    damaged: [],
    save: {},
    lastDeleted: null,
    readOnly: {},
    outdated: false,
  }))
  let storage: AssessmentStorage | null = null
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const inFlight = new Map<string, Promise<void>>()
  const dirty = new Set<string>()
  /** When the oldest edit not yet being written was made (Date.now()), per assessment. */
  const waitingSince = new Map<string, number>()

  const setSave = (id: string, state: SaveState) =>
    store.setState((s) => ({ save: { ...s.save, [id]: state } }))

  const write = async (id: string): Promise<void> => {
    const current = store.getState().byId[id]
    if (storage === null || current === undefined) return
    dirty.delete(id)
    setSave(id, { status: 'saving' })
    const result = await storage.save(current)
    if (result.ok) {
      deps.journal.clear(id)
      deps.tabs?.announceSaved({
        type: 'saved',
        id,
        revision: result.assessment.revision,
        schemaVersion: currentSchemaVersion,
      })
      store.setState((s) => {
        const latest = s.byId[id]
        // Edits made while the write was in flight stay in memory; keep them, with the new revision.
        const merged =
          latest === undefined
            ? result.assessment
            : {
                ...latest,
                revision: result.assessment.revision,
                updatedAt: result.assessment.updatedAt,
              }
        return { byId: { ...s.byId, [id]: merged } }
      })
      setSave(
        id,
        dirty.has(id)
          ? { status: 'pending' }
          : { status: 'saved', at: result.assessment.updatedAt },
      )
    } else {
      dirty.add(id)
      setSave(id, {
        status: 'error',
        reason: result.reason,
        ...('detail' in result ? { detail: result.detail } : {}),
      })
      // Conflicts and blocked records need a person's decision; other failures may pass (space freed).
      if (result.reason !== 'conflict' && result.reason !== 'blocked') {
        timers.set(
          id,
          setTimeout(() => void flushOne(id), retryDelayMs),
        )
      }
    }
  }

  /** Runs one write at a time per assessment, and another after it when edits arrived meanwhile. */
  const flushOne = async (id: string): Promise<void> => {
    const timer = timers.get(id)
    if (timer !== undefined) clearTimeout(timer)
    timers.delete(id)
    waitingSince.delete(id)
    const running = inFlight.get(id)
    if (running !== undefined) await running
    if (!dirty.has(id)) return
    const next = write(id).finally(() => inFlight.delete(id))
    inFlight.set(id, next)
    await next
  }

  const schedule = (id: string) => {
    dirty.add(id)
    // Typing schedules a save per keystroke: only the first one changes the visible state.
    if (store.getState().save[id]?.status !== 'pending') setSave(id, { status: 'pending' })
    const timer = timers.get(id)
    if (timer !== undefined) clearTimeout(timer)
    const now = Date.now()
    const since = waitingSince.get(id) ?? now
    waitingSince.set(id, since)
    timers.set(
      id,
      setTimeout(
        () => void flushOne(id),
        Math.max(0, Math.min(saveDelayMs, since + maxSaveWaitMs - now)),
      ),
    )
  }

  const update = (id: string, change: (a: Assessment) => Assessment): void => {
    const state = store.getState()
    const current = state.byId[id]
    // Another tab is the writer: edits here would only collide with its saves.
    if (
      state.phase !== 'ready' ||
      current === undefined ||
      state.readOnly[id] === true ||
      state.outdated
    )
      return
    store.setState({ byId: { ...state.byId, [id]: change(current) } })
    schedule(id)
  }

  // ─── Import and export ───────────────────────────────────────────────────────────────────
  // A separate block: these actions only read the state and, for an import, write through
  // `storage.replaceMany` (one transaction, after validation and a pre-import backup).
  // The export and planning code is not needed for the first screen, so it is fetched with
  // `import()` on first use. Where an action has no outcome to report it in, a failed fetch
  // (offline before the service worker cached the app) rejects; callers show it.
  const exchangeActions = {
    /** Every assessment in memory (unsaved edits included) as an export file. */
    exportAll: async (appVersion: string): Promise<ExportFile> => {
      const { buildExport } = await import('../domain/exchange/exportFile')
      return buildExport(Object.values(store.getState().byId), appVersion, deps.now())
    },

    /** One assessment as an export file (importable like "Export all"), or null if unknown. */
    exportOne: async (id: string, appVersion: string): Promise<ExportFile | null> => {
      const { buildExport } = await import('../domain/exchange/exportFile')
      const assessment = store.getState().byId[id]
      return assessment === undefined ? null : buildExport([assessment], appVersion, deps.now())
    },

    /** How each parsed incoming assessment collides with what is here (see `planImport`). */
    planImport: async (incoming: readonly Assessment[]): Promise<PlanEntry[]> => {
      const { planImport } = await import('../domain/exchange/planImport')
      return planImport(incoming, Object.values(store.getState().byId))
    },

    /**
     * Applies the user's choices (keyed by incoming id) atomically: the plan is made again against
     * the current state, pending edits of records about to be replaced are saved first (so the
     * automatic backup holds them), then every record is written in one storage transaction. On
     * any failure nothing is written and the state stays as it was.
     */
    importAssessments: async (
      incoming: readonly Assessment[],
      choices: ReadonlyMap<string, ImportChoice>,
    ): Promise<ImportOutcome> => {
      if (storage === null || store.getState().phase !== 'ready')
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
      await Promise.all(
        targets
          .filter((id) => dirty.has(id) || timers.has(id) || inFlight.has(id))
          .map((id) => flushOne(id)),
      )
      const unsaved = targets.find((id) => dirty.has(id))
      if (unsaved !== undefined) return { ok: false, reason: 'unsaved-changes', id: unsaved }
      const result = await storage.replaceMany(resolved.writes)
      if (!result.ok)
        return result.reason === 'blocked'
          ? { ok: false, reason: 'blocked', id: result.id }
          : { ok: false, reason: result.reason, detail: result.detail }
      const at = deps.now()
      store.setState((s) => ({
        byId: { ...s.byId, ...Object.fromEntries(result.assessments.map((a) => [a.id, a])) },
        save: {
          ...s.save,
          ...Object.fromEntries(
            result.assessments.map((a): [string, SaveState] => [a.id, { status: 'saved', at }]),
          ),
        },
      }))
      for (const a of result.assessments) deps.journal.clear(a.id)
      return {
        ok: true,
        summary: resolved.summary,
        ids: result.assessments.map((a) => a.id),
        backedUp: result.backup?.records.length ?? 0,
      }
    },
  }
  // ─── End of import and export ─────────────────────────────────────────────────────────────

  /**
   * Re-reads one assessment that another tab saved. Local edits not yet written stay as they are:
   * their next write fails the revision check and is reported as a conflict, never lost silently.
   */
  const reloadFromStorage = async (id: string): Promise<void> => {
    if (storage === null || dirty.has(id)) return
    const stored = (await storage.loadAll()).assessments.find((a) => a.id === id)
    if (stored !== undefined && !dirty.has(id))
      store.setState((s) => ({ byId: { ...s.byId, [id]: stored } }))
  }

  const setReadOnly = (id: string, value: boolean) =>
    store.setState((s) => ({ readOnly: { ...s.readOnly, [id]: value } }))

  const actions = {
    /**
     * Called while a questionnaire is open: becomes the one writer of the assessment, or shows it
     * read-only until the tab that writes it closes it. Returns the function that lets go.
     */
    openForEditing: (id: string): (() => void) => {
      let released = false
      let release: () => void = () => undefined
      if (deps.tabs === undefined) return () => undefined
      void deps.tabs.acquireWriterLock(id).then((lock) => {
        release = lock.release
        if (released) {
          lock.release()
          return
        }
        if (lock.owned) return
        setReadOnly(id, true)
        void lock.acquired.then(async () => {
          if (released) return
          await reloadFromStorage(id)
          setReadOnly(id, false)
        })
      })
      return () => {
        released = true
        release()
      }
    },

    /** Loads every stored assessment, replays journalled edits, and only then allows writes. */
    hydrate: async (): Promise<void> => {
      try {
        storage = await deps.openStorage()
      } catch {
        storage = deps.fallbackStorage()
      }
      const loaded = await storage.loadAll()
      const byId: Record<string, Assessment> = Object.fromEntries(
        loaded.assessments.map((a) => [a.id, a]),
      )
      const replay = deps.journal
        .read()
        .filter((j) => byId[j.id] === undefined || byId[j.id]?.revision === j.revision)
      for (const j of replay) byId[j.id] = j
      store.setState({ phase: 'ready', storageKind: storage.kind, byId, damaged: loaded.damaged })
      deps.tabs?.onOtherTabSaved((message) => {
        if (message.schemaVersion > currentSchemaVersion) {
          store.setState({ outdated: true })
          return
        }
        const local = store.getState().byId[message.id]
        if (local !== undefined && message.revision > local.revision)
          void reloadFromStorage(message.id)
      })
      for (const j of replay) {
        dirty.add(j.id)
        await flushOne(j.id)
      }
    },

    create: async (
      input: NewAssessmentInput,
      answers: Assessment['answers'] = {},
    ): Promise<CreateResult> => {
      const state = store.getState()
      const existing = findSameCityYear(Object.values(state.byId), input.city, input.year)
      if (existing !== undefined) return { ok: false, reason: 'duplicate', existingId: existing.id }
      if (storage === null || state.phase !== 'ready')
        return { ok: false, reason: 'storage', detail: 'not loaded' }
      const now = deps.now()
      const assessment: Assessment = {
        id: deps.newId(),
        city: input.city.trim(),
        ...(input.province === undefined || input.province.trim() === ''
          ? {}
          : { province: input.province.trim() }),
        year: input.year,
        cityLevel: input.cityLevel,
        indicatorSet: input.indicatorSet,
        answers,
        createdAt: now,
        updatedAt: now,
        revision: 0,
      }
      const result = await storage.save(assessment)
      if (!result.ok)
        return {
          ok: false,
          reason: 'storage',
          detail: 'detail' in result ? result.detail : result.reason,
        }
      store.setState((s) => ({ byId: { ...s.byId, [assessment.id]: result.assessment } }))
      setSave(assessment.id, { status: 'saved', at: result.assessment.updatedAt })
      return { ok: true, id: assessment.id }
    },

    /** A new assessment for another year with every answer copied and marked "carried over". */
    duplicate: async (sourceId: string, year: number): Promise<CreateResult> => {
      const source = store.getState().byId[sourceId]
      if (source === undefined)
        return { ok: false, reason: 'storage', detail: 'no such assessment' }
      const answers = Object.fromEntries(
        Object.entries(source.answers).map(([k, a]) => [k, { ...a, carriedOver: true }]),
      )
      return actions.create({ ...source, year }, answers)
    },

    setAnswer: (id: string, indicatorId: string, answer: Answer | undefined): void =>
      update(id, (a) => {
        const answers = Object.fromEntries(
          Object.entries(a.answers).filter(([key]) => key !== indicatorId),
        )
        return {
          ...a,
          answers: answer === undefined ? answers : { ...answers, [indicatorId]: answer },
        }
      }),

    setTargets: (id: string, targets: Assessment['targets']): void =>
      update(id, (a) => ({ ...a, targets })),

    flush: async (): Promise<void> => {
      await Promise.all([...new Set([...dirty, ...timers.keys()])].map((id) => flushOne(id)))
    },

    /** For `pagehide`: journal unsaved assessments synchronously, then start the writes. */
    flushOnHide: (): void => {
      const pending = [...dirty].flatMap((id) => store.getState().byId[id] ?? [])
      if (pending.length > 0) deps.journal.write(pending, deps.now())
      void actions.flush()
    },

    remove: async (id: string): Promise<boolean> => {
      const current = store.getState().byId[id]
      if (storage === null || current === undefined) return false
      const timer = timers.get(id)
      if (timer !== undefined) clearTimeout(timer)
      timers.delete(id)
      dirty.delete(id)
      const result = await storage.remove(id)
      if (!result.ok) {
        setSave(id, { status: 'error', reason: result.reason, detail: result.detail })
        return false
      }
      deps.journal.clear(id)
      store.setState((s) => {
        const byId = Object.fromEntries(Object.entries(s.byId).filter(([key]) => key !== id))
        return { byId, lastDeleted: current }
      })
      return true
    },

    /** Restores the last deleted assessment (the undo of the delete toast). */
    undoRemove: async (): Promise<boolean> => {
      const deleted = store.getState().lastDeleted
      if (storage === null || deleted === null) return false
      const result = await storage.save({ ...deleted, revision: 0 })
      if (!result.ok) return false
      store.setState((s) => ({
        byId: { ...s.byId, [deleted.id]: result.assessment },
        lastDeleted: null,
      }))
      return true
    },

    forgetDeleted: (): void => store.setState({ lastDeleted: null }),

    hasUnsavedChanges: (): boolean => dirty.size > 0,

    ...exchangeActions,
  }

  return { store, actions }
}

export type AssessmentsStore = ReturnType<typeof createAssessmentsStore>
