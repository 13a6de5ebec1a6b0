import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Assessment } from '../domain/assessment/assessment'
import { readBackups } from './backups'
import {
  databaseName,
  databaseVersion,
  openIndexedDbStorage,
  readQuarantine,
} from './indexedDbStorage'

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
  await db.clear('backups')
  db.close()
})

describe('IndexedDB storage', () => {
  it('stores each assessment as its versioned envelope and reads it back', async () => {
    const storage = await openIndexedDbStorage('9.9.9', now)
    const saved = await storage.save(sample('abcdefgh-1'))
    expect(saved).toMatchObject({ ok: true, assessment: { revision: 1, updatedAt: now() } })
    const raw = await (await openDB(databaseName)).get('assessments', 'abcdefgh-1')
    expect(JSON.parse(String(raw))).toMatchObject({
      format: 'smartcity-assessment',
      schemaVersion: 3,
      appVersion: '9.9.9',
      savedAt: now(),
    })
    expect((await storage.loadAll()).assessments).toEqual([
      { ...sample('abcdefgh-1'), revision: 1, updatedAt: now() },
    ])
  })

  it('refuses a write whose revision is stale, returning what is stored', async () => {
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('abcdefgh-2'))
    const stale = await storage.save(sample('abcdefgh-2', 0))
    expect(stale).toMatchObject({ ok: false, reason: 'conflict', stored: { revision: 1 } })
  })

  it('writes with strict durability', async () => {
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

  it('keeps unreadable records aside byte for byte, loads the others, and blocks writes to them', async () => {
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

describe('IndexedDB import writes (replaceMany)', () => {
  /** Every stored record's raw text, by key: "byte-identical" means this is unchanged. */
  const snapshot = async (name = databaseName) => {
    const db = await openDB(name)
    const keys = await db.getAllKeys('assessments')
    const values = await db.getAll('assessments')
    db.close()
    return keys.map((k, i) => [k, values[i]])
  }

  it('writes new records as they are, and replaces others with a higher revision after a backup', async () => {
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('import-id-1'))
    await storage.save({ ...sample('import-id-1'), revision: 1 })
    const before = await snapshot()
    const incoming = { ...sample('import-id-1', 1), city: '宁波市' }
    const result = await storage.replaceMany([incoming, sample('import-id-2', 5)])
    expect(result).toMatchObject({
      ok: true,
      assessments: [
        { id: 'import-id-1', city: '宁波市', revision: 3 },
        { id: 'import-id-2', revision: 5 },
      ],
      backup: { reason: 'pre-import', records: [{ key: 'import-id-1' }] },
    })
    const backups = await readBackups()
    expect(backups.ok && backups.backups).toHaveLength(1)
    expect(backups.ok && backups.backups[0]?.backup.records).toEqual([
      { key: 'import-id-1', raw: before.find(([k]) => k === 'import-id-1')?.[1] },
    ])
    const loaded = await storage.loadAll()
    expect(loaded.assessments.map((a) => [a.id, a.city, a.revision])).toEqual([
      ['import-id-1', '宁波市', 3],
      ['import-id-2', '杭州市', 5],
    ])
    // A stale copy elsewhere (revision 2) now conflicts instead of overwriting the import.
    expect(await storage.save({ ...sample('import-id-1'), revision: 2 })).toMatchObject({
      ok: false,
      reason: 'conflict',
    })
  })

  it('writes everything in one strict-durability transaction', async () => {
    const spy = vi.spyOn(IDBDatabase.prototype, 'transaction')
    const storage = await openIndexedDbStorage('1', now)
    spy.mockClear()
    await storage.replaceMany([sample('import-id-3'), sample('import-id-4')])
    const writes = spy.mock.calls.filter((call) => call[1] === 'readwrite')
    expect(writes).toHaveLength(1)
    expect(writes[0]?.[2]).toEqual({ durability: 'strict' })
    spy.mockRestore()
  })

  it('leaves every record as it was when a write fails halfway', async () => {
    const storage = await openIndexedDbStorage('1', now)
    await storage.save(sample('import-id-5'))
    await storage.save(sample('import-id-6'))
    const before = await snapshot()
    const put = IDBObjectStore.prototype.put
    let calls = 0
    const spy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      calls++
      if (calls === 2) throw new DOMException('disk full', 'QuotaExceededError')
      return put.apply(this, args)
    })
    const result = await storage.replaceMany([
      { ...sample('import-id-5'), city: '温州市', revision: 1 },
      { ...sample('import-id-6'), city: '温州市', revision: 1 },
      sample('import-id-7'),
    ])
    spy.mockRestore()
    expect(calls).toBe(2)
    expect(result).toMatchObject({ ok: false, reason: 'quota' })
    expect(await snapshot()).toEqual(before)
    expect(await readBackups()).toEqual({ ok: true, backups: [] })
  })

  it('refuses to replace a damaged (quarantined) record, writing nothing', async () => {
    const storage = await openIndexedDbStorage('1', now)
    const db = await openDB(databaseName)
    await db.put('assessments', '{"broken', 'damaged-rec-1')
    db.close()
    const before = await snapshot()
    expect(await storage.replaceMany([sample('import-id-8'), sample('damaged-rec-1')])).toEqual({
      ok: false,
      reason: 'blocked',
      id: 'damaged-rec-1',
    })
    expect(await snapshot()).toEqual(before)
  })

  it('validates every record before writing any', async () => {
    const storage = await openIndexedDbStorage('1', now)
    const before = await snapshot()
    const result = await storage.replaceMany([sample('import-id-9'), { ...sample('bad'), year: 1 }])
    expect(result).toMatchObject({ ok: false, reason: 'invalid' })
    expect(await snapshot()).toEqual(before)
  })

  it('upgrades a version-1 database to the current version without losing a record', async () => {
    const name = 'upgrade-test-v1'
    const v1 = await openDB(name, 1, {
      upgrade(database) {
        database.createObjectStore('assessments')
        database.createObjectStore('quarantine')
      },
    })
    const raw = JSON.stringify({
      format: 'smartcity-assessment',
      schemaVersion: 1,
      appVersion: '0.1.0',
      savedAt: '2026-01-01T00:00:00.000Z',
      assessment: { ...sample('v1-record-1'), revision: 4 },
    })
    await v1.put('assessments', raw, 'v1-record-1')
    await v1.put('quarantine', { raw: 'x', problem: 'not-json', quarantinedAt: now() }, 'old-bad')
    v1.close()

    const storage = await openIndexedDbStorage('2', now, name)
    expect((await storage.loadAll()).assessments).toEqual([
      { ...sample('v1-record-1'), revision: 4 },
    ])
    expect(await readQuarantine('old-bad', name)).toBe('x')
    expect(await readBackups(name)).toEqual({ ok: true, backups: [] })
    const db = await openDB(name)
    expect(db.version).toBe(databaseVersion)
    expect([...db.objectStoreNames].sort()).toEqual([
      'assessments',
      'backups',
      'files',
      'quarantine',
      'responses',
      'sets',
    ])
    expect(await db.get('assessments', 'v1-record-1')).toBe(raw)
    db.close()
  })

  it('upgrades a version-2 database (with backups) to version 3, adding the sets store', async () => {
    const name = 'upgrade-test-v2'
    const v2 = await openDB(name, 2, {
      upgrade(database) {
        database.createObjectStore('assessments')
        database.createObjectStore('quarantine')
        database.createObjectStore('backups', { autoIncrement: true })
      },
    })
    const raw = JSON.stringify({
      format: 'smartcity-assessment',
      schemaVersion: 1,
      appVersion: '0.2.0',
      savedAt: '2026-01-01T00:00:00.000Z',
      assessment: { ...sample('v2-record-1'), revision: 2 },
    })
    await v2.put('assessments', raw, 'v2-record-1')
    await v2.add('backups', { createdAt: now(), reason: 'pre-import', records: [] })
    v2.close()

    const storage = await openIndexedDbStorage('3', now, name)
    const loaded = await storage.loadAll()
    expect(loaded.assessments).toEqual([{ ...sample('v2-record-1'), revision: 2 }])
    expect(loaded.backups).toBe(1)
    expect(loaded.sets).toEqual([])
  })
})

describe('IndexedDB automatic backups', () => {
  it('counts the backups on load and marks each with what replaced its records', async () => {
    const storage = await openIndexedDbStorage('1', now)
    expect((await storage.loadAll()).backups).toBe(0)
    await storage.save(sample('backup-id-1'))
    await storage.replaceMany([{ ...sample('backup-id-1', 1), city: '宁波市' }])
    await storage.replaceMany([{ ...sample('backup-id-1', 2), city: '温州市' }], 'pre-restore')
    expect((await storage.loadAll()).backups).toBe(2)
    const listed = await readBackups()
    expect(listed.ok && listed.backups.map((b) => [b.key, b.backup.reason])).toEqual([
      [expect.any(Number), 'pre-import'],
      [expect.any(Number), 'pre-restore'],
    ])
    const [first, second] = listed.ok ? listed.backups : []
    expect((first?.key ?? 0) < (second?.key ?? 0)).toBe(true)
    // The second backup holds the first import's result: each keeps what was replaced.
    expect(JSON.parse(second?.backup.records[0]?.raw ?? '')).toMatchObject({
      assessment: { id: 'backup-id-1', city: '宁波市' },
    })
  })
})
