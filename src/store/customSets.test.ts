import { describe, expect, it } from 'vitest'
import { districtSet, districtSetText } from '../../tests/utils/districtSet'
import { fixedNow, storeDeps } from '../../tests/utils/storeDeps'
import { setCoreFor } from '../content/defaultIndicatorSet'
import { serialiseSetFile } from '../domain/indicators/setFile'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'

const set = districtSet()
const key = `${set.meta.setId}@${set.meta.version}`

const loadedStore = async (stored: { key: string; text: string }[] = []) => {
  const storage = createMemoryStorage(fixedNow)
  if (stored.length > 0) await storage.saveSets(stored)
  const { store, actions } = createAssessmentsStore(storeDeps(storage))
  await actions.hydrate()
  return { store, actions, storage }
}

describe('the user’s indicator sets in the store', () => {
  it('reads the stored sets before the app is ready, and names the ones it cannot read', async () => {
    const { store } = await loadedStore([
      { key, text: serialiseSetFile(set) },
      { key: 'broken@1.0.0', text: '{"kind":"indicator-set"' },
    ])
    expect(store.getState().phase).toBe('ready')
    expect(store.getState().customSets).toContainEqual({
      setId: set.meta.setId,
      version: set.meta.version,
    })
    expect(store.getState().unreadableSets).toEqual(['broken@1.0.0'])
    expect(setCoreFor(set.meta)?.indicators).toHaveLength(12)
  })

  it('stores an imported set once, and refuses other content under the same id and version', async () => {
    const { store, actions, storage } = await loadedStore()
    const first = await actions.importSet(set)
    expect(first).toEqual({
      ok: true,
      set: { setId: set.meta.setId, version: set.meta.version },
      added: true,
    })
    expect(store.getState().customSets).toHaveLength(1)
    expect(await actions.importSet(set)).toMatchObject({ ok: true, added: false })
    const changed = { ...set, indicators: set.indicators.slice(0, 11) }
    expect(await actions.importSet(changed)).toEqual({ ok: false, reason: 'different-set', key })
    expect((await storage.loadAll()).sets).toEqual([{ key, text: serialiseSetFile(set) }])
    // The stored text is the set file as read from the fixture (formatting aside).
    expect(JSON.parse((await storage.loadAll()).sets[0]?.text ?? '')).toEqual(
      JSON.parse(districtSetText),
    )
  })
})
