import { describe, expect, it } from 'vitest'
import { testAssessment } from '../domain/testing/testAssessment'
import { createMemoryStorage } from './memoryStorage'

const now = () => '2026-01-02T03:04:05.000Z'

describe('memory storage replaceMany', () => {
  it('adds and replaces all at once, backing up what it replaces', async () => {
    const stored = testAssessment({ id: 'memory-0001', revision: 4 })
    const storage = createMemoryStorage(now, [stored])
    const result = await storage.replaceMany([
      { ...stored, city: '宁波市', revision: 1 },
      testAssessment({ id: 'memory-0002', city: '温州市' }),
    ])
    expect(result).toMatchObject({
      ok: true,
      assessments: [
        { id: 'memory-0001', revision: 5 },
        { id: 'memory-0002', revision: 3 },
      ],
    })
    expect(storage.backups()).toHaveLength(1)
    expect(JSON.parse(storage.backups()[0]?.records[0]?.raw ?? '')).toMatchObject({
      assessment: stored,
    })
    expect((await storage.loadAll()).backups).toBe(1)
  })

  it('marks the backup of a restore as such', async () => {
    const stored = testAssessment({ id: 'memory-0001' })
    const storage = createMemoryStorage(now, [stored])
    await storage.replaceMany([{ ...stored, city: '宁波市' }], 'pre-restore')
    expect(storage.backups()[0]?.reason).toBe('pre-restore')
  })

  it('changes nothing when one record is invalid', async () => {
    const stored = testAssessment({ id: 'memory-0001' })
    const storage = createMemoryStorage(now, [stored])
    const result = await storage.replaceMany([
      { ...stored, city: '宁波市' },
      testAssessment({ id: 'bad id!' }),
    ])
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect((await storage.loadAll()).assessments).toEqual([stored])
    expect(storage.backups()).toEqual([])
  })
})

describe('memory storage indicator sets', () => {
  const setA = { key: 'district@1.0.0', text: 'A' }

  it('stores a set once and refuses its key with other content, with or without an import', async () => {
    const storage = createMemoryStorage(now)
    expect(await storage.saveSets([setA])).toEqual({ ok: true, added: ['district@1.0.0'] })
    expect(await storage.saveSets([setA])).toEqual({ ok: true, added: [] })
    const other = { key: setA.key, text: 'B' }
    expect(await storage.saveSets([other])).toEqual({
      ok: false,
      reason: 'different-set',
      key: setA.key,
    })
    const incoming = testAssessment({ id: 'memory-0003' })
    expect(await storage.replaceMany([incoming], 'pre-import', [other])).toEqual({
      ok: false,
      reason: 'different-set',
      key: setA.key,
    })
    const loaded = await storage.loadAll()
    expect(loaded.sets).toEqual([setA])
    expect(loaded.assessments).toEqual([])
  })
})
