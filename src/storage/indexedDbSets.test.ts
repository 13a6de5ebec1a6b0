import { describe, expect, it } from 'vitest'
import { testAssessment } from '../domain/testing/testAssessment'
import { openIndexedDbStorage } from './indexedDbStorage'

const now = () => '2026-01-02T03:04:05.000Z'
const sample = (id: string) => testAssessment({ id })

describe('IndexedDB indicator sets (saveSets, and sets written with an import)', () => {
  const setA = { key: 'district@1.0.0', text: '{"set":"A"}\n' }
  const setB = { key: 'district@1.1.0', text: '{"set":"B"}\n' }

  it('stores sets once, keeps a set stored again with the same text, and loads them', async () => {
    const storage = await openIndexedDbStorage('1', now, 'sets-save')
    expect(await storage.saveSets([setA])).toEqual({ ok: true, added: ['district@1.0.0'] })
    expect(await storage.saveSets([setA, setB])).toEqual({ ok: true, added: ['district@1.1.0'] })
    expect((await storage.loadAll()).sets).toEqual([setA, setB])
  })

  it('refuses, writing nothing, a set whose key is stored with other content', async () => {
    const storage = await openIndexedDbStorage('1', now, 'sets-conflict')
    await storage.saveSets([setA])
    const changed = { key: setA.key, text: '{"set":"A, changed"}\n' }
    expect(await storage.saveSets([setB, changed])).toEqual({
      ok: false,
      reason: 'different-set',
      key: 'district@1.0.0',
    })
    expect((await storage.loadAll()).sets).toEqual([setA])
  })

  it('writes an import and the sets it brings in one transaction: a conflict writes neither', async () => {
    const storage = await openIndexedDbStorage('1', now, 'sets-import')
    await storage.saveSets([setA])
    const conflict = await storage.replaceMany([sample('with-set-1')], 'pre-import', [
      setB,
      { key: setA.key, text: 'other' },
    ])
    expect(conflict).toEqual({ ok: false, reason: 'different-set', key: 'district@1.0.0' })
    const before = await storage.loadAll()
    expect(before.assessments).toEqual([])
    expect(before.sets).toEqual([setA])
    const written = await storage.replaceMany([sample('with-set-1')], 'pre-import', [setB])
    expect(written.ok).toBe(true)
    const after = await storage.loadAll()
    expect(after.assessments.map((a) => a.id)).toEqual(['with-set-1'])
    expect(after.sets).toEqual([setA, setB])
  })
})
