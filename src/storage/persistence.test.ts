import { afterEach, describe, expect, it, vi } from 'vitest'
import { fakeLocalStorage, fakeStorageManager } from '../../tests/utils/persistenceFakes'
import { createPersistence, persistRequestKey, type PersistenceEnv } from './persistence'

const now = () => '2026-01-02T03:04:05.000Z'

afterEach(() => {
  vi.unstubAllGlobals()
})

const env = (
  storage: PersistenceEnv['storage'],
  local: Pick<Storage, 'getItem' | 'setItem'>,
): PersistenceEnv => ({ storage, local: () => local, now })

/** Saves `saves` times in each of `pages` page loads, as the store does after every write. */
const saveAcrossReloads = async (makeEnv: () => PersistenceEnv, pages = 3, saves = 4) => {
  for (let page = 0; page < pages; page++) {
    const persistence = createPersistence(makeEnv())
    for (let save = 0; save < saves; save++) await persistence.askOnce()
  }
}

describe('persistent storage', () => {
  it('asks once when refused, never again across saves and reloads, and says so', async () => {
    const browser = fakeStorageManager(false)
    const { local, items } = fakeLocalStorage()
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).toHaveBeenCalledTimes(1)
    expect(JSON.parse(items.get(persistRequestKey) ?? '')).toEqual({
      askedAt: now(),
      answer: 'refused',
    })
    expect(await createPersistence(env(() => browser.api, local)).read()).toEqual({
      state: 'notGranted',
      request: { askedAt: now(), answer: 'refused' },
      canAsk: true,
      usage: 2048,
      quota: 1e9,
    })
  })

  it('asks once when granted; afterwards reports it and never asks', async () => {
    const browser = fakeStorageManager(true)
    const { local } = fakeLocalStorage()
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).toHaveBeenCalledTimes(1)
    const status = await createPersistence(env(() => browser.api, local)).read()
    expect(status).toMatchObject({ state: 'granted', canAsk: false })
    expect(status.request?.answer).toBe('granted')
  })

  it('never asks a browser that has already granted, even with nothing remembered', async () => {
    const browser = fakeStorageManager(true, true)
    const { local, items } = fakeLocalStorage()
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).not.toHaveBeenCalled()
    expect(items.size).toBe(0)
    expect((await createPersistence(env(() => browser.api, local)).read()).state).toBe('granted')
  })

  it('asks once when persist() throws, remembers the failure and never throws itself', async () => {
    const browser = fakeStorageManager('throws')
    const { local } = fakeLocalStorage()
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).toHaveBeenCalledTimes(1)
    const status = await createPersistence(env(() => browser.api, local)).read()
    expect(status).toMatchObject({ state: 'notGranted', request: { answer: 'failed' } })
  })

  it('asks nothing and reports "unknown" when persisted() throws', async () => {
    const browser = fakeStorageManager(true)
    browser.api.persisted.mockImplementation(() => Promise.reject(new Error('broken')))
    const { local } = fakeLocalStorage()
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).not.toHaveBeenCalled()
    const status = await createPersistence(env(() => browser.api, local)).read()
    expect(status).toMatchObject({ state: 'unknown', canAsk: false, usage: 2048 })
  })

  it.each([
    ['no storage manager', () => undefined],
    ['a storage manager without the methods', () => ({})],
    [
      'a storage manager that throws when touched',
      () => {
        throw new Error('denied')
      },
    ],
  ])('reports "unknown" with %s', async (_, storage: PersistenceEnv['storage']) => {
    const { local, items } = fakeLocalStorage()
    const persistence = createPersistence(env(storage, local))
    await persistence.askOnce()
    expect(await persistence.read()).toEqual({
      state: 'unknown',
      request: null,
      canAsk: false,
      usage: null,
      quota: null,
    })
    expect(items.size).toBe(0)
  })

  it('asks nothing while localStorage cannot be read: the answer could not be remembered', async () => {
    const browser = fakeStorageManager(false)
    const blocked: PersistenceEnv = {
      storage: () => browser.api,
      local: () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      now,
    }
    await saveAcrossReloads(() => blocked)
    expect(browser.persist).not.toHaveBeenCalled()
    // What the browser says is still true: it has not promised to keep the data.
    expect(await createPersistence(blocked).read()).toMatchObject({
      state: 'notGranted',
      request: null,
      canAsk: true,
    })
  })

  it('asks nothing while localStorage refuses writes', async () => {
    const browser = fakeStorageManager(false)
    const { local } = fakeLocalStorage()
    const full = {
      ...local,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError')
      },
    }
    await saveAcrossReloads(() => env(() => browser.api, full))
    expect(browser.persist).not.toHaveBeenCalled()
  })

  it('asks once when several saves finish at the same moment', async () => {
    const browser = fakeStorageManager(false)
    const { local } = fakeLocalStorage()
    const persistence = createPersistence(env(() => browser.api, local))
    await Promise.all([persistence.askOnce(), persistence.askOnce(), persistence.askOnce()])
    expect(browser.persist).toHaveBeenCalledTimes(1)
  })

  it('does not ask again after a tab closed while the question was open', async () => {
    const browser = fakeStorageManager(false)
    const { local, items } = fakeLocalStorage()
    items.set(persistRequestKey, JSON.stringify({ askedAt: now(), answer: 'pending' }))
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).not.toHaveBeenCalled()
  })

  it('asks once when the remembered request is unreadable, and replaces it', async () => {
    const browser = fakeStorageManager(false)
    const { local, items } = fakeLocalStorage()
    items.set(persistRequestKey, '{"askedAt":')
    await saveAcrossReloads(() => env(() => browser.api, local))
    expect(browser.persist).toHaveBeenCalledTimes(1)
    expect(JSON.parse(items.get(persistRequestKey) ?? '')).toMatchObject({ answer: 'refused' })
  })

  it('reports the answer of a question still open, not the state before it', async () => {
    const browser = fakeStorageManager(true)
    let answer: (granted: boolean) => void = () => undefined
    browser.persist.mockImplementation(() => new Promise<boolean>((resolve) => (answer = resolve)))
    const { local } = fakeLocalStorage()
    const persistence = createPersistence(env(() => browser.api, local))
    const asking = persistence.askOnce()
    const reading = persistence.read()
    await vi.waitFor(() => expect(browser.persist).toHaveBeenCalled())
    browser.api.persisted.mockResolvedValue(true)
    answer(true)
    await asking
    expect((await reading).state).toBe('granted')
  })

  it('asks again once per "ask again", even after a refusal, and remembers the latest answer', async () => {
    const browser = fakeStorageManager(false)
    const { local, items } = fakeLocalStorage()
    const persistence = createPersistence(env(() => browser.api, local))
    await persistence.askOnce()
    expect((await persistence.askAgain()).state).toBe('notGranted')
    browser.persist.mockResolvedValue(true)
    browser.api.persisted.mockResolvedValue(true)
    expect((await persistence.askAgain()).state).toBe('granted')
    expect(browser.persist).toHaveBeenCalledTimes(3)
    expect(JSON.parse(items.get(persistRequestKey) ?? '')).toMatchObject({ answer: 'granted' })
    await persistence.askOnce()
    expect(browser.persist).toHaveBeenCalledTimes(3)
  })

  it('uses the browser’s own navigator.storage and localStorage by default', async () => {
    const browser = fakeStorageManager(false)
    vi.stubGlobal('navigator', { ...navigator, storage: browser.api })
    const persistence = createPersistence()
    await persistence.askOnce()
    await persistence.askOnce()
    expect(browser.persist).toHaveBeenCalledTimes(1)
    expect(localStorage.getItem(persistRequestKey)).toContain('"answer":"refused"')
  })
})
