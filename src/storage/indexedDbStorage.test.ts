import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Assessment } from '../domain/assessment/assessment'
import { databaseName, openIndexedDbStorage, readQuarantine } from './indexedDbStorage'

const now = () => '2026-01-02T03:04:05.000Z'

const sample = (id: string, revision = 0): Assessment => ({
  id,
  city: '杭州市',
  year: 2024,
  cityLevel: 'prefecture-and-above',
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
  answers: {
    'SC-001': {
      value: { type: 'ratio', numerator: 8, denominator: 10 },
      note: '<script>x</script>',
    },
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  revision,
})

afterEach(async () => {
  // Clearing (not deleting) the database: a delete would wait for the open connections to close.
  const db = await openDB(databaseName)
  await db.clear('assessments')
  await db.clear('quarantine')
  db.close()
})

describe('IndexedDB storage', () => {
  it('stores each assessment as its versioned envelope and reads it back (R2)', async () => {
    const storage = await openIndexedDbStorage('9.9.9', now)
    const saved = await storage.save(sample('abcdefgh-1'))
    expect(saved).toMatchObject({ ok: true, assessment: { revision: 1, updatedAt: now() } })
    const raw = await (await openDB(databaseName)).get('assessments', 'abcdefgh-1')
    expect(JSON.parse(String(raw))).toMatchObject({
      format: 'smartcity-assessment',
      schemaVersion: 1,
      appVersion: '9.9.9',
      savedAt: now(),
    })
    expect((await storage.loadAll()).assessments).toEqual([
      { ...sample('abcdefgh-1'), revision: 1, updatedAt: now() },
    ])
  })

  it('refuses a write whose revision is stale, returning what is stored (R14)', async () => {
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('abcdefgh-2'))
    const stale = await storage.save(sample('abcdefgh-2', 0))
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', stored: { revision: 1 } })
  })

  it('writes with strict durability (R16)', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('abcdefgh-3'))
    expect(
      spy.mock.calls.some(
        (call) => (call[2] as { durability?: string } | undefined)?.durability === 'strict',
      ),
    ).toBe(true)
    spy.mockRestore()
  })

  it('keeps unreadable records aside byte for byte, loads the others, and blocks writes to them (R5, R6)', async () => {
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('abcdefgh-4'))
    const db = await openDB(databaseName)
    await db.put('assessments', '{"format":"smartcity-assessment", trunc', 'broken-record-1')
    await db.put(
      'assessments',
      JSON.stringify({ format: 'smartcity-assessment', schemaVersion: 7, assessment: {} }),
      'future-record-1',
    )
    const loaded = await storage.loadAll()
    expect(loaded.assessments.map((a) => a.id)).toEqual(['abcdefgh-4'])
    expect(loaded.damaged.map((d) => [d.key, d.problem.kind])).toEqual([
      ['broken-record-1', 'not-json'],
      ['future-record-1', 'newer-version'],
    ])
    expect(await readQuarantine('broken-record-1')).toBe('{"format":"smartcity-assessment", trunc')
    expect(await storage.save({ ...sample('broken-record-1'), revision: 0 })).toEqual({
      ok: false,
      reason: 'blocked',
    })
    expect(await db.get('assessments', 'future-record-1')).toContain('"schemaVersion":7')
  })

  it('removes an assessment', async () => {
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('abcdefgh-5'))
    expect(await storage.remove('abcdefgh-5')).toEqual({ ok: true })
    expect((await storage.loadAll()).assessments).toEqual([])
  })
})
