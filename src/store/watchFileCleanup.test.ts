import { describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps } from '../../tests/utils/storeDeps'
import type { Assessment } from '../domain/assessment/assessment'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'
import { watchFileCleanup } from './watchFileCleanup'

const input = (city: string) => ({
  city,
  year: 2024,
  cityLevel: 'prefecture-and-above' as const,
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
})

const cities = (kept: Assessment[]) => kept.map((a) => a.city).sort()

const setUp = async (filesStored = true) => {
  const { store, actions } = createAssessmentsStore(storeDeps(createMemoryStorage(now)))
  const cleanUp = vi.fn<(kept: Assessment[]) => void>()
  watchFileCleanup(store, cleanUp, () => filesStored)
  await actions.hydrate()
  return { actions, cleanUp }
}

const created = async (result: Promise<{ ok: boolean; id?: string }>): Promise<string> => {
  const r = await result
  if (!r.ok || r.id === undefined) throw new Error('not created')
  return r.id
}

describe('when evidence files are cleaned up', () => {
  it('cleans up once after loading', async () => {
    const { cleanUp } = await setUp()
    expect(cleanUp).toHaveBeenCalledTimes(1)
    expect(cleanUp).toHaveBeenCalledWith([])
  })

  it('waits while a delete can be undone, and keeps the deleted assessment until then', async () => {
    const { actions, cleanUp } = await setUp()
    await created(actions.create(input('A')))
    const b = await created(actions.create(input('B')))
    cleanUp.mockClear()
    await actions.remove(b)
    expect(cleanUp).not.toHaveBeenCalled()
    actions.forgetDeleted()
    expect(cleanUp).toHaveBeenCalledTimes(1)
    expect(cities(cleanUp.mock.calls[0]?.[0] ?? [])).toEqual(['A'])
  })

  it("keeps the newly deleted assessment when a second delete ends the first one's undo", async () => {
    const { actions, cleanUp } = await setUp()
    const a = await created(actions.create(input('A')))
    const b = await created(actions.create(input('B')))
    await created(actions.create(input('C')))
    cleanUp.mockClear()
    await actions.remove(a)
    await actions.remove(b)
    expect(cleanUp).toHaveBeenCalledTimes(1)
    expect(cities(cleanUp.mock.calls[0]?.[0] ?? [])).toEqual(['B', 'C'])
  })

  it('cleans up at once when started after loading has finished', async () => {
    const { store, actions } = createAssessmentsStore(storeDeps(createMemoryStorage(now)))
    await actions.hydrate()
    await created(actions.create(input('A')))
    const cleanUp = vi.fn<(kept: Assessment[]) => void>()
    watchFileCleanup(store, cleanUp, () => true)
    expect(cleanUp).toHaveBeenCalledTimes(1)
    expect(cities(cleanUp.mock.calls[0]?.[0] ?? [])).toEqual(['A'])
  })

  it('does nothing in a browser that never stored a file', async () => {
    const { actions, cleanUp } = await setUp(false)
    const a = await created(actions.create(input('A')))
    await actions.remove(a)
    actions.forgetDeleted()
    expect(cleanUp).not.toHaveBeenCalled()
  })

  it('keeps an assessment brought back by undo', async () => {
    const { actions, cleanUp } = await setUp()
    const a = await created(actions.create(input('A')))
    cleanUp.mockClear()
    await actions.remove(a)
    await actions.undoRemove()
    expect(cities(cleanUp.mock.calls.at(-1)?.[0] ?? [])).toEqual(['A'])
  })
})
