import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { databaseName, openIndexedDbStorage } from './indexedDbStorage'
import { deleteAllLocalData, readAllRaw, requestPersistence } from './localData'

const now = () => '2026-01-02T03:04:05.000Z'

afterEach(() => {
  vi.unstubAllGlobals()
})

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

  it('asks for persistent storage and reports usage', async () => {
    const persist = vi.fn(() => Promise.resolve(true))
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        persisted: () => Promise.resolve(false),
        persist,
        estimate: () => Promise.resolve({ usage: 2048, quota: 1e9 }),
      },
    })
    expect(await requestPersistence()).toEqual({ persisted: true, usage: 2048, quota: 1e9 })
    expect(persist).toHaveBeenCalledTimes(1)
  })

  it('reports nulls where the browser has no storage manager', async () => {
    vi.stubGlobal('navigator', { ...navigator, storage: undefined })
    expect(await requestPersistence()).toEqual({ persisted: null, usage: null, quota: null })
  })
})
