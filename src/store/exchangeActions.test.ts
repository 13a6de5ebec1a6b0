import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps as deps } from '../../tests/utils/storeDeps'
import type { Assessment } from '../domain/assessment/assessment'
import type { ImportChoice } from '../domain/exchange/planImport'
import { testAssessment } from '../domain/testing/testAssessment'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { readBackups } from '../storage/backups'
import { openIndexedDbStorage } from '../storage/indexedDbStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'
import { saveDelayMs } from './saveQueue'

const loaded = async (storage: AssessmentStorage) => {
  const store = createAssessmentsStore(deps(storage))
  await store.actions.hydrate()
  return store
}

const hangzhou = testAssessment({ id: 'hangzhou-2024', city: '杭州市', year: 2024, revision: 6 })
const ningbo = testAssessment({ id: 'ningbo-2024', city: '宁波市', year: 2024 })

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('exportAll / exportOne', () => {
  it('exports every assessment in memory, unsaved edits included (export still works when saving fails)', async () => {
    const memory = createMemoryStorage(now, [hangzhou, ningbo])
    const { actions } = await loaded({
      ...memory,
      save: () => Promise.resolve({ ok: false, reason: 'quota', detail: 'full' }),
    })
    actions.setAnswer('hangzhou-2024', 'SC-010', { note: 'typed, not saved' })
    const file = await actions.exportAll('1.2.3')
    expect(file).toMatchObject({
      format: 'smartcity-assessment-export',
      schemaVersion: 3,
      appVersion: '1.2.3',
      exportedAt: now(),
    })
    expect(file.assessments.map((a) => a.id)).toEqual(['ningbo-2024', 'hangzhou-2024'])
    expect(file.assessments[1]?.answers['SC-010']).toEqual({ note: 'typed, not saved' })
  })

  it('exports one assessment in the same importable format, or null for an unknown id', async () => {
    const { actions } = await loaded(createMemoryStorage(now, [hangzhou, ningbo]))
    expect((await actions.exportOne('ningbo-2024', '1'))?.assessments).toEqual([ningbo])
    expect(await actions.exportOne('nope', '1')).toBeNull()
  })
})

describe('importAssessments', () => {
  it('adds assessments that collide with nothing, without asking', async () => {
    const memory = createMemoryStorage(now, [hangzhou])
    const { store, actions } = await loaded(memory)
    expect((await actions.planImport([ningbo])).map((e) => e.collision.kind)).toEqual(['new'])
    const outcome = await actions.importAssessments([ningbo], new Map())
    expect(outcome).toEqual({
      ok: true,
      summary: { added: 1, replaced: 0, keptBoth: 0, skipped: 0 },
      ids: ['ningbo-2024'],
      backedUp: 0,
    })
    expect(store.getState().byId['ningbo-2024']).toEqual(ningbo)
    expect(store.getState().save['ningbo-2024']).toEqual({ status: 'saved', at: now() })
    expect((await memory.loadAll()).assessments).toContainEqual(ningbo)
  })

  it('never overwrites silently: a collision without a choice writes nothing', async () => {
    const memory = createMemoryStorage(now, [hangzhou])
    const { store, actions } = await loaded(memory)
    const incoming = { ...hangzhou, id: 'other-id-2024', answers: {} }
    expect((await actions.planImport([incoming]))[0]?.collision.kind).toBe('same-city-year')
    expect(await actions.importAssessments([incoming], new Map())).toEqual({
      ok: false,
      reason: 'missing-choice',
      id: 'other-id-2024',
    })
    expect(store.getState().byId['hangzhou-2024']).toEqual(hangzhou)
    expect((await memory.loadAll()).assessments).toEqual([hangzhou])
  })

  it('replaces a city-year collision in place, after backing up the old record', async () => {
    const memory = createMemoryStorage(now, [hangzhou])
    const { store, actions } = await loaded(memory)
    const incoming = { ...hangzhou, id: 'other-id-2024', answers: {}, revision: 2 }
    const outcome = await actions.importAssessments(
      [incoming],
      new Map<string, ImportChoice>([['other-id-2024', 'replace']]),
    )
    expect(outcome).toMatchObject({ ok: true, ids: ['hangzhou-2024'], backedUp: 1 })
    expect(store.getState().byId['hangzhou-2024']).toEqual({
      ...incoming,
      id: 'hangzhou-2024',
      revision: 7,
    })
    expect(Object.keys(store.getState().byId)).toEqual(['hangzhou-2024'])
    expect(JSON.parse(memory.backups()[0]?.records[0]?.raw ?? '')).toMatchObject({
      assessment: hangzhou,
    })
  })

  it('keeps both for a pure id collision (new id), or skips', async () => {
    const { store, actions } = await loaded(createMemoryStorage(now, [hangzhou]))
    const sameIdOtherYear = { ...hangzhou, year: 2023 }
    expect((await actions.planImport([sameIdOtherYear]))[0]?.collision.kind).toBe('same-id')
    const kept = await actions.importAssessments(
      [sameIdOtherYear],
      new Map<string, ImportChoice>([['hangzhou-2024', 'keep-both']]),
    )
    expect(kept).toMatchObject({ ok: true, summary: { keptBoth: 1 } })
    const copyId = kept.ok ? kept.ids[0] : ''
    expect(copyId).toMatch(/^new-id-/)
    expect(store.getState().byId[copyId ?? '']).toMatchObject({ year: 2023, revision: 0 })
    expect(store.getState().byId['hangzhou-2024']).toEqual(hangzhou)

    const skipped = await actions.importAssessments(
      [{ ...hangzhou, year: 2022 }],
      new Map<string, ImportChoice>([['hangzhou-2024', 'skip']]),
    )
    expect(skipped).toMatchObject({ ok: true, summary: { skipped: 1 }, ids: [] })
    expect(Object.keys(store.getState().byId)).toHaveLength(2)
  })

  it('saves pending edits before replacing, so the backup holds them', async () => {
    vi.useFakeTimers()
    const memory = createMemoryStorage(now, [hangzhou])
    const { actions } = await loaded(memory)
    actions.setAnswer('hangzhou-2024', 'SC-009', { note: 'edited just before the import' })
    const done = actions.importAssessments(
      [{ ...hangzhou, answers: {} }],
      new Map<string, ImportChoice>([['hangzhou-2024', 'replace']]),
    )
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect(await done).toMatchObject({ ok: true, backedUp: 1 })
    const backedUp = JSON.parse(memory.backups()[0]?.records[0]?.raw ?? '') as {
      assessment: Assessment
    }
    expect(backedUp.assessment.answers['SC-009']).toEqual({ note: 'edited just before the import' })
  })

  it('waits for a save already in flight, so the backup holds it and revisions do not mix', async () => {
    const memory = createMemoryStorage(now, [hangzhou])
    let release: () => void = () => undefined
    const gate = new Promise<undefined>((resolve) => {
      release = () => resolve(undefined)
    })
    const { store, actions } = await loaded({
      ...memory,
      save: async (a) => {
        await gate
        return memory.save(a)
      },
    })
    actions.setAnswer('hangzhou-2024', 'SC-009', { note: 'saving while the import starts' })
    const saving = actions.flush()
    expect(store.getState().save['hangzhou-2024']).toEqual({ status: 'saving' })
    const done = actions.importAssessments(
      [{ ...hangzhou, answers: {} }],
      new Map<string, ImportChoice>([['hangzhou-2024', 'replace']]),
    )
    // Long enough for the import to reach the storage if it did not wait for the save.
    await new Promise((resolve) => setTimeout(resolve, 50))
    release()
    await saving
    expect(await done).toMatchObject({ ok: true, backedUp: 1 })
    const backedUp = JSON.parse(memory.backups()[0]?.records[0]?.raw ?? '') as {
      assessment: Assessment
    }
    expect(backedUp.assessment.answers['SC-009']).toEqual({
      note: 'saving while the import starts',
    })
    expect(store.getState().byId['hangzhou-2024']).toEqual((await memory.loadAll()).assessments[0])
  })

  it('writes nothing and says so when the planning code cannot be fetched', async () => {
    vi.doMock('../domain/exchange/planImport', () => {
      throw new TypeError('Failed to fetch dynamically imported module')
    })
    try {
      const memory = createMemoryStorage(now, [hangzhou])
      const replaceMany = vi.spyOn(memory, 'replaceMany')
      const { actions } = await loaded(memory)
      expect(await actions.importAssessments([ningbo], new Map())).toMatchObject({
        ok: false,
        reason: 'code-unavailable',
      })
      expect(replaceMany).not.toHaveBeenCalled()
    } finally {
      vi.doUnmock('../domain/exchange/planImport')
    }
  })

  it('refuses to replace an assessment whose edits cannot be saved', async () => {
    const memory = createMemoryStorage(now, [hangzhou])
    const failing = {
      ...memory,
      save: () => Promise.resolve({ ok: false as const, reason: 'quota' as const, detail: 'full' }),
      replaceMany: vi.fn(memory.replaceMany),
    }
    const { store, actions } = await loaded(failing)
    actions.setAnswer('hangzhou-2024', 'SC-009', { note: 'cannot be saved' })
    const outcome = await actions.importAssessments(
      [{ ...hangzhou, answers: {} }],
      new Map<string, ImportChoice>([['hangzhou-2024', 'replace']]),
    )
    expect(outcome).toEqual({ ok: false, reason: 'unsaved-changes', id: 'hangzhou-2024' })
    expect(failing.replaceMany).not.toHaveBeenCalled()
    expect(store.getState().byId['hangzhou-2024']?.answers['SC-009']).toEqual({
      note: 'cannot be saved',
    })
  })

  it('keeps state and storage as they were when the storage fails halfway', async () => {
    const storage = await openIndexedDbStorage('1', now, 'store-halfway-test')
    await storage.save({ ...hangzhou, revision: 0 })
    const { store, actions } = await loaded(storage)
    const before = store.getState().byId
    const put = IDBObjectStore.prototype.put
    let calls = 0
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++calls === 2) throw new DOMException('disk full', 'QuotaExceededError')
      return put.apply(this, args)
    })
    const outcome = await actions.importAssessments(
      [{ ...hangzhou, city: '杭州市', answers: {} }, ningbo],
      new Map<string, ImportChoice>([['hangzhou-2024', 'replace']]),
    )
    vi.restoreAllMocks()
    expect(outcome).toMatchObject({ ok: false, reason: 'quota' })
    expect(store.getState().byId).toBe(before)
    const reloaded = await storage.loadAll()
    expect(reloaded.assessments).toEqual([before['hangzhou-2024']])
    expect(await readBackups('store-halfway-test')).toEqual({ ok: true, backups: [] })
  })

  it('is refused before loading has finished', async () => {
    const store = createAssessmentsStore(deps(createMemoryStorage(now)))
    expect(await store.actions.importAssessments([ningbo], new Map())).toEqual({
      ok: false,
      reason: 'not-ready',
    })
  })
})
