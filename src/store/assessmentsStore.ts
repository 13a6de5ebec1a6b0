/**
 * The assessments in memory and their save state. Edits apply in memory at once and are written
 * by the save queue (`saveQueue.ts`: after a short pause, within a second while typing goes on);
 * flushed when the tab is hidden. Nothing is written before loading has finished, or at all when
 * loading failed; every write failure is kept in `save[id]` for the UI to show. Tab coordination
 * (`tabEditing.ts`), import/export (`exchangeActions.ts`), the user's indicator sets
 * (`setActions.ts`) and weight profiles (`profileActions.ts`) are composed in here.
 */
import { createStore } from 'zustand/vanilla'
import { findSameCityYear, type Assessment } from '../domain/assessment/assessment'
import type { Answer } from '../domain/assessment/answer'
import type { CityLevel } from '../domain/indicators/schema'
import { customSets, type SetRef } from '../content/defaultIndicatorSet'
import type { AssessmentStorage, DamagedRecord, LoadResult } from '../storage/assessmentStorage'
import { describeError } from '../storage/storageErrors'
import type { SavedMessage, WriterLock } from '../storage/tabCoordination'
import { createExchangeActions } from './exchangeActions'
import { createSetActions, readStoredSets } from './setActions'
import { createProfileActions } from './profileActions'
import { keepDataAfterWrites } from './keepDataAfterWrites'
import { createSaveQueue, type Clock } from './saveQueue'
import { createTabEditing } from './tabEditing'
import { createStorageWriter, setSaveState, type SaveState } from './writeToStorage'

export type NewAssessmentInput = Pick<Assessment, 'city' | 'year' | 'indicatorSet'> & {
  province?: string | undefined
  cityLevel: CityLevel
}

export type CreateResult =
  | { ok: true; id: string }
  | { ok: false; reason: 'duplicate'; existingId: string }
  | { ok: false; reason: 'storage'; detail: string }

/** `duplicate` also fails when the assessment to copy is no longer here. */
export type DuplicateResult = CreateResult | { ok: false; reason: 'not-found' }

export type AssessmentsState = {
  /** `failed`: the stored assessments could not be read; nothing is shown or written. */
  phase: 'loading' | 'ready' | 'failed'
  /** Why loading failed (technical, for the error screen), else null. */
  loadFailure: string | null
  storageKind: 'indexeddb' | 'memory' | null
  byId: Record<string, Assessment>
  damaged: DamagedRecord[]
  /** How many automatic backups are stored (made before an import or a restore replaced data). */
  backupCount: number
  save: Record<string, SaveState>
  lastDeleted: Assessment | null
  /** Assessments open for editing in another tab: this tab shows them but does not write. */
  readOnly: Record<string, boolean>
  /** Another tab runs a newer app (newer stored format): this tab stops writing. */
  outdated: boolean
  /** Indicator sets brought by the user, stored here and usable (see `customSets.ts`). */
  customSets: SetRef[]
  /** Keys (`setId@version`) of stored sets that could not be read; kept in storage untouched. */
  unreadableSets: string[]
}

export type Deps = {
  openStorage: () => Promise<AssessmentStorage>
  fallbackStorage: () => Promise<AssessmentStorage>
  now: () => string
  /** Time for the save queue's pauses and retries. */
  clock: Clock
  newId: () => string
  journal: {
    write: (assessments: readonly Assessment[], savedAt: string) => boolean
    read: () => Assessment[]
    clear: (id: string) => void
  }
  /**
   * Asks the browser, once, to keep the data (persistent storage). Called after every successful
   * write to IndexedDB (see `keepDataAfterWrites`); absent in tests that do not look at it.
   */
  keepData?: () => void
  /** Coordination with other tabs; absent in tests of a single tab. */
  tabs?: {
    acquireWriterLock: (id: string) => Promise<WriterLock>
    announceSaved: (message: SavedMessage) => void
    onOtherTabSaved: (listener: (message: SavedMessage) => void) => () => void
  }
}

export const createAssessmentsStore = (deps: Deps) => {
  const store = createStore<AssessmentsState>(() => ({
    phase: 'loading',
    loadFailure: null,
    storageKind: null,
    byId: {},
    damaged: [],
    backupCount: 0,
    save: {},
    lastDeleted: null,
    readOnly: {},
    outdated: false,
    customSets: [],
    unreadableSets: [],
  }))
  /** Set only once loading has succeeded: every write checks it. */
  let storage: AssessmentStorage | null = null
  let hydrating: Promise<void> | null = null

  const setSave = (id: string, state: SaveState) => setSaveState(store, id, state)

  const queue = createSaveQueue(
    deps.clock,
    createStorageWriter({
      store,
      deps,
      storage: () => storage,
      isDirty: (id) => queue.isDirty(id),
    }),
  )
  const tabEditing = createTabEditing({
    store,
    tabs: deps.tabs,
    storage: () => storage,
    isDirty: queue.isDirty,
  })

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
    queue.schedule(id)
    // Typing schedules a save per keystroke: only the first one changes the visible state.
    if (store.getState().save[id]?.status !== 'pending') setSave(id, { status: 'pending' })
  }

  /**
   * Loads every stored assessment and replays journalled edits, and only then allows writes. If
   * they cannot be read: phase `failed`, nothing ever written (a fallback to memory would show an
   * empty list over data still on disk), the journal left for the next successful load.
   */
  const load = async (): Promise<void> => {
    let opened: AssessmentStorage | null = null
    let loaded: LoadResult
    try {
      opened = await deps.openStorage().catch(() => null)
      // A browser that refuses IndexedDB still works, in memory (with a permanent warning).
      opened ??= await deps.fallbackStorage()
      loaded = await opened.loadAll()
    } catch (error) {
      store.setState({ phase: 'failed', loadFailure: describeError(error) })
      return
    }
    storage = deps.keepData === undefined ? opened : keepDataAfterWrites(opened, deps.keepData)
    const byId = Object.fromEntries(loaded.assessments.map((a) => [a.id, a]))
    const replay = deps.journal
      .read()
      .filter((j) => byId[j.id] === undefined || byId[j.id]?.revision === j.revision)
    for (const j of replay) byId[j.id] = j
    // Before `ready`: a screen never shows an assessment whose stored set is still unread.
    const sets = await readStoredSets(loaded.sets)
    store.setState({
      phase: 'ready',
      storageKind: opened.kind,
      byId,
      damaged: loaded.damaged,
      backupCount: loaded.backups,
      customSets: customSets(),
      unreadableSets: sets.unreadable,
    })
    tabEditing.watchOtherTabs()
    for (const j of replay) await queue.writeNow(j.id)
  }

  const actions = {
    /** Loads once: calls while loading share that load; later calls do nothing. */
    hydrate: (): Promise<void> => {
      if (store.getState().phase !== 'loading') return Promise.resolve()
      hydrating ??= load().finally(() => {
        hydrating = null
      })
      return hydrating
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
      const province = input.province?.trim() ?? ''
      const assessment: Assessment = {
        id: deps.newId(),
        city: input.city.trim(),
        ...(province === '' ? {} : { province }),
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
    duplicate: async (sourceId: string, year: number): Promise<DuplicateResult> => {
      const source = store.getState().byId[sourceId]
      if (source === undefined) return { ok: false, reason: 'not-found' }
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

    /** Any other change (departments, packages), saved like an answer: for screens loaded later. */
    edit: (id: string, change: (a: Assessment) => Assessment): void => update(id, change),

    flush: (): Promise<void> => queue.flushAll(),

    /** For `pagehide`: journal unsaved assessments synchronously, then start the writes. */
    flushOnHide: (): void => {
      const pending = queue.dirtyIds().flatMap((id) => store.getState().byId[id] ?? [])
      if (pending.length > 0) deps.journal.write(pending, deps.now())
      void queue.flushAll()
    },

    remove: async (id: string): Promise<boolean> => {
      const current = store.getState().byId[id]
      if (storage === null || current === undefined) return false
      queue.cancel(id)
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
    hasUnsavedChanges: (): boolean => queue.dirtyIds().length > 0,
    openForEditing: tabEditing.openForEditing,

    ...createExchangeActions({ store, deps, storage: () => storage, queue }),
    ...createSetActions({ store, storage: () => storage }),
    ...createProfileActions(update),
  }

  return { store, actions }
}

export type AssessmentsStore = ReturnType<typeof createAssessmentsStore>
