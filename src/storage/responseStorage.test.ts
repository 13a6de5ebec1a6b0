import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { newResponseRecord, type ResponseRecord } from '../domain/departments/responseRecord'
import { testPackage } from '../domain/testing/testPackage'
import { databaseVersion, openIndexedDbStorage } from './indexedDbStorage'
import { getResponse, listResponses, putResponse, removeResponse } from './responseStorage'

const now = () => '2026-01-02T03:04:05.000Z'
const opened = '2025-01-11T09:00:00.000Z'
const later = '2025-01-12T10:00:00.000Z'

const record = (packageId = 'pkg-00000001'): ResponseRecord =>
  newResponseRecord(testPackage({ packageId }), opened)

const answered = (base: ResponseRecord, at: string): ResponseRecord => ({
  ...base,
  answers: { 'SC-001': { answer: { value: { type: 'kpi', value: 91 } }, answeredAt: at } },
  updatedAt: at,
})

describe('department responses in IndexedDB', () => {
  it('stores a package once, then only changes that saw the stored record', async () => {
    const name = 'responses-write'
    const first = record()
    expect(await putResponse(first, null, name)).toEqual({ ok: true, record: first })
    // Opening the same package again must not overwrite the department's work.
    expect(await putResponse(record(), null, name)).toEqual({
      ok: false,
      reason: 'conflict',
      stored: first,
    })
    const changed = answered(first, later)
    expect(await putResponse(changed, opened, name)).toEqual({ ok: true, record: changed })
    // A writer that read the first state (another tab) is refused and gets the stored one.
    expect(await putResponse(answered(first, '2025-01-13T00:00:00.000Z'), opened, name)).toEqual({
      ok: false,
      reason: 'conflict',
      stored: changed,
    })
    expect(await getResponse('pkg-00000001', name)).toEqual({ ok: true, record: changed })
  })

  it('lists the newest change first, reports damaged records and never overwrites them', async () => {
    const name = 'responses-list'
    await putResponse(record('pkg-00000001'), null, name)
    await putResponse(answered(record('pkg-00000002'), later), null, name)
    const db = await openDB(name)
    await db.put('responses', '{"broken', 'pkg-00000003')
    db.close()
    const listed = await listResponses(name)
    expect(listed.ok && listed.records.map((r) => r.package.packageId)).toEqual([
      'pkg-00000002',
      'pkg-00000001',
    ])
    expect(listed.ok && listed.damaged).toEqual([
      { packageId: 'pkg-00000003', problem: { kind: 'not-json' } },
    ])
    expect(await getResponse('pkg-00000003', name)).toEqual({
      ok: false,
      reason: 'damaged',
      problem: { kind: 'not-json' },
    })
    expect(await putResponse(record('pkg-00000003'), null, name)).toMatchObject({
      ok: false,
      reason: 'damaged',
    })
  })

  it('removes a response, and says null for a package it does not answer', async () => {
    const name = 'responses-remove'
    await putResponse(record(), null, name)
    expect(await removeResponse('pkg-00000001', name)).toEqual({ ok: true })
    expect(await getResponse('pkg-00000001', name)).toEqual({ ok: true, record: null })
    expect(await listResponses(name)).toEqual({ ok: true, records: [], damaged: [] })
  })

  it('upgrades a version-3 database, adding responses and leaving assessments and sets as they were', async () => {
    const name = 'responses-upgrade-v3'
    const v3 = await openDB(name, 3, {
      upgrade(database) {
        database.createObjectStore('assessments')
        database.createObjectStore('quarantine')
        database.createObjectStore('backups', { autoIncrement: true })
        database.createObjectStore('sets')
      },
    })
    const raw = JSON.stringify({
      format: 'smartcity-assessment',
      schemaVersion: 1,
      appVersion: '0.3.0',
      savedAt: '2026-01-01T00:00:00.000Z',
      assessment: {
        id: 'v3-record-1',
        city: '杭州市',
        year: 2024,
        cityLevel: 'prefecture-and-above',
        indicatorSet: { setId: 'scm-default', version: '1.0.0' },
        answers: {},
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
        revision: 2,
      },
    })
    const set = { key: 'district@1.0.0', text: '{"set":"A"}\n' }
    await v3.put('assessments', raw, 'v3-record-1')
    await v3.put('sets', set.text, set.key)
    v3.close()

    const storage = await openIndexedDbStorage('4', now, name)
    const loaded = await storage.loadAll()
    expect(loaded.assessments.map((a) => [a.id, a.revision])).toEqual([['v3-record-1', 2]])
    expect(loaded.sets).toEqual([set])
    expect(await listResponses(name)).toEqual({ ok: true, records: [], damaged: [] })
    const db = await openDB(name)
    expect(db.version).toBe(databaseVersion)
    expect(databaseVersion).toBe(4)
    expect([...db.objectStoreNames].sort()).toEqual([
      'assessments',
      'backups',
      'files',
      'quarantine',
      'responses',
      'sets',
    ])
    expect(await db.get('assessments', 'v3-record-1')).toBe(raw)
    db.close()
  })
})
