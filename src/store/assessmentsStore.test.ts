import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps as deps } from '../../tests/utils/storeDeps'
import { testAssessment } from '../domain/testing/testAssessment'
import type { AssessmentStorage, SaveResult } from '../storage/assessmentStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'
import { maxSaveWaitMs, saveDelayMs } from './saveQueue'

const input = {
  city: '杭州市',
  year: 2024,
  cityLevel: 'prefecture-and-above' as const,
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
}

afterEach(() => {
  vi.useRealTimers()
})

describe('assessments store', () => {
  it('writes nothing before loading has finished, even when edits arrive early', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((r) => (release = r))
    const memory = createMemoryStorage(now)
    const slow: AssessmentStorage = {
      ...memory,
      loadAll: async () => (await gate, memory.loadAll()),
      save: vi.fn(memory.save),
    }
    const { store, actions } = createAssessmentsStore(deps(slow))
    const hydrating = actions.hydrate()
    actions.setAnswer('x', 'SC-001', { note: 'early' })
    expect(await actions.create(input)).toEqual({
      ok: false,
      reason: 'storage',
      detail: 'not loaded',
    })
    expect(slow.save).not.toHaveBeenCalled()
    release()
    await hydrating
    expect(store.getState().phase).toBe('ready')
  })

  it('saves an edit within one second and reports "saved" only after the write resolves', async () => {
    vi.useFakeTimers()
    const { store, actions } = createAssessmentsStore(deps(createMemoryStorage(now)))
    await actions.hydrate()
    const created = await actions.create(input)
    if (!created.ok) throw new Error('create failed')
    actions.setAnswer(created.id, 'SC-001', { value: { type: 'kpi', value: 80 } })
    expect(store.getState().save[created.id]).toEqual({ status: 'pending' })
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect(saveDelayMs).toBeLessThanOrEqual(500)
    expect(store.getState().save[created.id]).toEqual({ status: 'saved', at: now() })
    expect(store.getState().byId[created.id]?.revision).toBe(2)
  })

  it('writes at least once a second while edits keep coming faster than the pause, each write with the edits so far', async () => {
    vi.useFakeTimers()
    const memory = createMemoryStorage(now)
    const saved: string[] = []
    const watched: AssessmentStorage = {
      ...memory,
      save: (a) => {
        const note = a.answers['SC-001']?.note
        if (note !== undefined) saved.push(note)
        return memory.save(a)
      },
    }
    const { actions } = createAssessmentsStore(deps(watched))
    await actions.hydrate()
    const created = await actions.create(input)
    if (!created.ok) throw new Error('create failed')
    // One keystroke every 100 ms for 3.5 s: never the 400-ms pause.
    let note = ''
    for (let ms = 0; ms < 3_500; ms += 100) {
      note += 'x'
      actions.setAnswer(created.id, 'SC-001', { note })
      await vi.advanceTimersByTimeAsync(100)
    }
    expect(maxSaveWaitMs).toBeLessThanOrEqual(1_000)
    // Written while typing went on, never more than a second's keystrokes (10) apart.
    expect(saved.length).toBeGreaterThanOrEqual(3)
    const lengths = [0, ...saved.map((n) => n.length)]
    for (const [i, length] of lengths.slice(1).entries()) {
      expect(length - (lengths[i] ?? 0)).toBeLessThanOrEqual(10)
    }
    // And the last edit once typing pauses.
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect(saved.at(-1)).toBe(note)
  })

  it('shows "not saved" with the reason when storage rejects the write, keeps the edit in memory and retries', async () => {
    vi.useFakeTimers()
    const memory = createMemoryStorage(now)
    let full = false
    const flaky: AssessmentStorage = {
      ...memory,
      save: (a): Promise<SaveResult> =>
        full
          ? Promise.resolve({ ok: false, reason: 'quota', detail: 'QuotaExceededError' })
          : memory.save(a),
    }
    const { store, actions } = createAssessmentsStore(deps(flaky))
    await actions.hydrate()
    const created = await actions.create(input)
    if (!created.ok) throw new Error('create failed')
    full = true
    actions.setAnswer(created.id, 'SC-001', { note: 'kept' })
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect(store.getState().save[created.id]).toEqual({
      status: 'error',
      reason: 'quota',
      detail: 'QuotaExceededError',
    })
    expect(store.getState().byId[created.id]?.answers['SC-001']).toEqual({ note: 'kept' })
    expect(actions.hasUnsavedChanges()).toBe(true)
    full = false
    await vi.advanceTimersByTimeAsync(5_000)
    expect(store.getState().save[created.id]).toMatchObject({ status: 'saved' })
  })

  it('refuses a second assessment for the same city and year, naming the existing one', async () => {
    const { actions } = createAssessmentsStore(deps(createMemoryStorage(now)))
    await actions.hydrate()
    const first = await actions.create(input)
    if (!first.ok) throw new Error('create failed')
    expect(await actions.create({ ...input, city: ' 杭州市 ' })).toEqual({
      ok: false,
      reason: 'duplicate',
      existingId: first.id,
    })
  })

  it('duplicates into a new year with every answer marked carried over', async () => {
    const { store, actions } = createAssessmentsStore(deps(createMemoryStorage(now)))
    await actions.hydrate()
    const first = await actions.create(input, { 'SC-001': { value: { type: 'kpi', value: 80 } } })
    if (!first.ok) throw new Error('create failed')
    const copy = await actions.duplicate(first.id, 2025)
    if (!copy.ok) throw new Error('duplicate failed')
    expect(store.getState().byId[copy.id]).toMatchObject({
      year: 2025,
      answers: { 'SC-001': { value: { type: 'kpi', value: 80 }, carriedOver: true } },
    })
  })

  it('refuses to duplicate an assessment that is no longer here, saying so', async () => {
    const { store, actions } = createAssessmentsStore(deps(createMemoryStorage(now)))
    await actions.hydrate()
    expect(await actions.duplicate('gone', 2025)).toEqual({ ok: false, reason: 'not-found' })
    expect(store.getState().byId).toEqual({})
  })

  it('journals unsaved edits synchronously when the tab is hidden, and replays the journal on the next load', async () => {
    const memory = createMemoryStorage(now)
    const firstDeps = deps(memory)
    const first = createAssessmentsStore(firstDeps)
    await first.actions.hydrate()
    const created = await first.actions.create(input)
    if (!created.ok) throw new Error('create failed')
    first.actions.setAnswer(created.id, 'SC-002', { note: 'typed just before closing' })
    first.actions.flushOnHide()
    expect(firstDeps.journal.write).toHaveBeenCalledTimes(1)
    const edited = first.store.getState().byId[created.id]
    if (edited === undefined) throw new Error('missing')
    const second = createAssessmentsStore(
      deps(createMemoryStorage(now, [{ ...edited, answers: {}, revision: edited.revision }]), [
        edited,
      ]),
    )
    await second.actions.hydrate()
    expect(second.store.getState().byId[created.id]?.answers['SC-002']).toEqual({
      note: 'typed just before closing',
    })
  })

  it('deletes and undoes a delete', async () => {
    const { store, actions } = createAssessmentsStore(deps(createMemoryStorage(now)))
    await actions.hydrate()
    const created = await actions.create(input)
    if (!created.ok) throw new Error('create failed')
    expect(await actions.remove(created.id)).toBe(true)
    expect(store.getState().byId[created.id]).toBeUndefined()
    expect(await actions.undoRemove()).toBe(true)
    expect(store.getState().byId[created.id]?.city).toBe('杭州市')
  })

  it('falls back to memory-only storage when the database cannot be opened', async () => {
    const { store, actions } = createAssessmentsStore({
      ...deps(createMemoryStorage(now)),
      openStorage: () => Promise.reject(new DOMException('no', 'SecurityError')),
    })
    await actions.hydrate()
    expect(store.getState()).toMatchObject({ phase: 'ready', storageKind: 'memory' })
    expect((await actions.create(input)).ok).toBe(true)
  })
})

describe('loading that fails', () => {
  const unreadable = () => {
    const memory = createMemoryStorage(now, [testAssessment({ id: 'kept' })])
    return {
      ...memory,
      loadAll: vi.fn(() => Promise.reject(new DOMException('disk gone', 'UnknownError'))),
      save: vi.fn(memory.save),
      remove: vi.fn(memory.remove),
      replaceMany: vi.fn(memory.replaceMany),
    }
  }

  it('ends in the failed phase with the reason, not "loading", and writes nothing afterwards', async () => {
    vi.useFakeTimers()
    const storage = unreadable()
    const journalled = testAssessment({ id: 'kept', revision: 3 })
    const storeDeps = deps(storage, [journalled])
    const { store, actions } = createAssessmentsStore(storeDeps)
    await actions.hydrate()
    expect(store.getState()).toMatchObject({
      phase: 'failed',
      loadFailure: 'UnknownError: disk gone',
      storageKind: null,
      byId: {},
    })
    // Whatever the screens still call, nothing reaches storage or the journal.
    actions.setAnswer('kept', 'SC-001', { note: 'typed' })
    expect(await actions.create(input)).toMatchObject({ ok: false, reason: 'storage' })
    expect(await actions.remove('kept')).toBe(false)
    expect(await actions.importAssessments([journalled], new Map())).toEqual({
      ok: false,
      reason: 'not-ready',
    })
    actions.flushOnHide()
    await vi.advanceTimersByTimeAsync(60_000)
    expect(actions.hasUnsavedChanges()).toBe(false)
    expect(storage.save).not.toHaveBeenCalled()
    expect(storage.remove).not.toHaveBeenCalled()
    expect(storage.replaceMany).not.toHaveBeenCalled()
    expect(storeDeps.journal.write).not.toHaveBeenCalled()
    expect(storeDeps.journal.clear).not.toHaveBeenCalled()
  })

  it('loads once: calls during the load share it, and later calls neither load again nor leave "failed"', async () => {
    const storage = unreadable()
    const openStorage = vi.fn(() => Promise.resolve(storage))
    const { store, actions } = createAssessmentsStore({ ...deps(storage), openStorage })
    await Promise.all([actions.hydrate(), actions.hydrate()])
    await actions.hydrate()
    expect(openStorage).toHaveBeenCalledTimes(1)
    expect(storage.loadAll).toHaveBeenCalledTimes(1)
    expect(store.getState().phase).toBe('failed')
  })
})
