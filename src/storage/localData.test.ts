import { openDB } from 'idb'
import { describe, expect, it } from 'vitest'
import { databaseName, openIndexedDbStorage } from './indexedDbStorage'
import { deleteAllLocalData, readAllRaw } from './localData'

const now = () => '2026-01-02T03:04:05.000Z'

describe('local data', () => {
  it('reads every raw record byte for byte, unreadable ones included, without writing', async () => {
    await openIndexedDbStorage('1', now)
    const db = await openDB(databaseName)
    await db.put('assessments', '{"broken', 'raw-record-1')
    localStorage.setItem('scm.language', 'zh-CN')
    const raw = await readAllRaw()
    expect(raw.indexedDb.assessments?.['raw-record-1']).toBe('{"broken')
    expect(raw.localStorage).toEqual({ 'scm.language': 'zh-CN' })
    expect(await db.get('assessments', 'raw-record-1')).toBe('{"broken')
    db.close()
  })

  it('deletes every assessment and the app’s own localStorage keys, and nothing else', async () => {
    await openIndexedDbStorage('1', now)
    const db = await openDB(databaseName)
    await db.put('assessments', 'x', 'to-delete-1')
    localStorage.setItem('scm.journal.a', 'x')
    localStorage.setItem('other-app', 'keep')
    expect(await deleteAllLocalData()).toBe(true)
    expect(await db.count('assessments')).toBe(0)
    expect(localStorage.getItem('scm.journal.a')).toBeNull()
    expect(localStorage.getItem('other-app')).toBe('keep')
    db.close()
  })
})
