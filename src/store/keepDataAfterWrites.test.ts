import { describe, expect, it, vi } from 'vitest'
import { fakeLocalStorage, fakeStorageManager } from '../../tests/utils/persistenceFakes'
import { fixedNow as now, storeDeps } from '../../tests/utils/storeDeps'
import { testAssessment } from '../domain/testing/testAssessment'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createPersistence } from '../storage/persistence'
import { createAssessmentsStore, type NewAssessmentInput } from './assessmentsStore'

const nanjing: NewAssessmentInput = {
  city: '南京市',
  year: 2024,
  cityLevel: 'prefecture-and-above',
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
}

/** Storage that keeps its records like IndexedDB across "reloads" (new stores over it). */
const onDisk = (): AssessmentStorage => ({ ...createMemoryStorage(now), kind: 'indexeddb' })

const loaded = async (storage: AssessmentStorage, keepData: () => void) => {
  const store = createAssessmentsStore({ ...storeDeps(storage), keepData })
  await store.actions.hydrate()
  return store
}

/** The id of the stored assessment, created first if there is none. */
const assessmentId = async ({ store, actions }: Awaited<ReturnType<typeof loaded>>) => {
  const existing = Object.keys(store.getState().byId)[0]
  if (existing !== undefined) return existing
  const created = await actions.create(nanjing)
  if (!created.ok) throw new Error(`create failed: ${created.reason}`)
  return created.id
}

describe('asking the browser to keep the data', () => {
  it('asks once the first assessment is saved, and after every later write that succeeded', async () => {
    const keepData = vi.fn()
    const store = await loaded(onDisk(), keepData)
    const { actions } = store
    expect(keepData).not.toHaveBeenCalled()
    const id = await assessmentId(store)
    expect(keepData).toHaveBeenCalledTimes(1)
    // Refused before anything is written: no write, no call.
    expect((await actions.create(nanjing)).ok).toBe(false)
    expect(keepData).toHaveBeenCalledTimes(1)
    actions.setAnswer(id, 'SC-010', { note: 'edited' })
    await actions.flush()
    expect(keepData).toHaveBeenCalledTimes(2)
    const ningbo = testAssessment({ id: 'ningbo-2024', city: '宁波市' })
    expect((await actions.importAssessments([ningbo], new Map())).ok).toBe(true)
    expect(keepData).toHaveBeenCalledTimes(3)
  })

  it('does not ask when the write failed', async () => {
    const keepData = vi.fn()
    const full: AssessmentStorage = {
      ...onDisk(),
      save: () => Promise.resolve({ ok: false, reason: 'quota', detail: 'full' }),
    }
    const { actions } = await loaded(full, keepData)
    expect(await actions.create(nanjing)).toMatchObject({ ok: false, reason: 'storage' })
    expect(keepData).not.toHaveBeenCalled()
  })

  it('never asks for data kept only in the page’s memory', async () => {
    const keepData = vi.fn()
    const store = await loaded(createMemoryStorage(now), keepData)
    store.actions.setAnswer(await assessmentId(store), 'SC-010', { note: 'edited' })
    await store.actions.flush()
    await store.actions.importAssessments([testAssessment({ id: 'ningbo-2024' })], new Map())
    expect(Object.keys(store.store.getState().byId)).toHaveLength(2)
    expect(keepData).not.toHaveBeenCalled()
  })

  it('asks the browser exactly once across many saves and reloads', async () => {
    const browser = fakeStorageManager(false)
    const { local } = fakeLocalStorage()
    const storage = onDisk()
    for (let page = 0; page < 3; page++) {
      const persistence = createPersistence({ storage: () => browser.api, local: () => local, now })
      const asks: Promise<void>[] = []
      const store = await loaded(storage, () => asks.push(persistence.askOnce()))
      const id = await assessmentId(store)
      for (let edit = 0; edit < 3; edit++) {
        store.actions.setAnswer(id, 'SC-010', {
          note: `page ${String(page)}, edit ${String(edit)}`,
        })
        await store.actions.flush()
      }
      await Promise.all(asks)
      expect(asks.length).toBe(page === 0 ? 4 : 3)
    }
    expect(browser.persist).toHaveBeenCalledTimes(1)
  })
})
