import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps as deps } from '../../tests/utils/storeDeps'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'
import { saveDelayMs } from './saveQueue'

const input = {
  city: '杭州市',
  year: 2024,
  cityLevel: 'prefecture-and-above' as const,
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
}

/** A loaded store over memory with one new assessment; what storage holds is read back by id. */
const setUp = async () => {
  vi.useFakeTimers()
  const memory = createMemoryStorage(now)
  const { store, actions } = createAssessmentsStore(deps(memory))
  await actions.hydrate()
  const created = await actions.create(input)
  if (!created.ok) throw new Error('create failed')
  const stored = async () => (await memory.loadAll()).assessments.find((a) => a.id === created.id)
  return { store, actions, id: created.id, stored }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('setWeightProfile', () => {
  it('stores the chosen profile with the assessment through the save queue', async () => {
    const { store, actions, id, stored } = await setUp()
    expect(actions.setWeightProfile(id, 'national-round-2')).toBe(true)
    expect(store.getState().byId[id]?.weightProfile).toBe('national-round-2')
    expect(store.getState().save[id]).toEqual({ status: 'pending' })
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect((await stored())?.weightProfile).toBe('national-round-2')
    expect(store.getState().save[id]).toEqual({ status: 'saved', at: now() })
  })

  it.each([
    ['no profile', undefined],
    ['the default’s id', 'default'],
  ])('stores %s as no field at all: the set’s own weights', async (_, choice) => {
    const { store, actions, id, stored } = await setUp()
    actions.setWeightProfile(id, 'national-round-2')
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect(actions.setWeightProfile(id, choice)).toBe(true)
    await vi.advanceTimersByTimeAsync(saveDelayMs)
    expect(store.getState().byId[id]).not.toHaveProperty('weightProfile')
    expect(await stored()).not.toHaveProperty('weightProfile')
  })

  it('refuses an id an assessment could not store, changing nothing', async () => {
    const { store, actions, id } = await setUp()
    const before = store.getState().byId[id]
    expect(actions.setWeightProfile(id, 'Round 2!')).toBe(false)
    expect(store.getState().byId[id]).toBe(before)
    expect(store.getState().save[id]).toEqual({ status: 'saved', at: now() })
  })

  it('changes nothing in an assessment another tab is editing', async () => {
    const { store, actions, id } = await setUp()
    store.setState({ readOnly: { [id]: true } })
    actions.setWeightProfile(id, 'national-round-2')
    expect(store.getState().byId[id]?.weightProfile).toBeUndefined()
  })
})
