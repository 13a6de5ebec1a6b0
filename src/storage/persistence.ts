/**
 * Persistent storage: asks the browser, once per browser profile, to keep this site's data
 * (`navigator.storage.persist()`), remembers the request and its answer in localStorage, and
 * reports the current position for "Where your data is kept". The rules are in
 * `domain/persistence.ts`; this module only reads and writes the browser. Nothing here throws: no
 * API, an API that throws and a blocked localStorage all end in a state the page can explain.
 */
import {
  parsePersistRequest,
  persistState,
  shouldAskToPersist,
  type PersistRequest,
  type PersistState,
  type Persisted,
  type RequestMemory,
} from '../domain/persistence'

/** The parts of `navigator.storage` used here; any may be missing in an older browser. */
type StorageApi = Partial<Pick<StorageManager, 'persisted' | 'persist' | 'estimate'>>

export type PersistenceEnv = {
  /** `navigator.storage`: undefined outside a secure context or in an old browser. */
  storage: () => StorageApi | undefined
  /** `window.localStorage`; reading it may throw (blocked by policy or privacy settings). */
  local: () => Pick<Storage, 'getItem' | 'setItem'>
  now: () => string
}

export type PersistenceStatus = {
  state: PersistState
  /** The last request and its answer, when the app remembers one. */
  request: PersistRequest | null
  /** The browser can be asked now: it has the API and has not granted. */
  canAsk: boolean
  /** Bytes used and available to this site, when the browser says. */
  usage: number | null
  quota: number | null
}

export const persistRequestKey = 'scm.persistRequest'

const browserEnv: PersistenceEnv = {
  storage: () => (typeof navigator === 'undefined' ? undefined : navigator.storage),
  local: () => window.localStorage,
  now: () => new Date().toISOString(),
}

export const createPersistence = (env: PersistenceEnv = browserEnv) => {
  /** The tail of the requests of this page, one after the other; none ever rejects. */
  let requests: Promise<void> = Promise.resolve()
  /** This page has already decided whether to ask: later saves cost nothing. */
  let decided = false

  const withApi = async <T>(call: (api: StorageApi) => Promise<T> | undefined) => {
    try {
      const api = env.storage()
      return api === undefined ? undefined : await call(api)
    } catch {
      return undefined
    }
  }

  /** Null unless the browser can both report and be asked: one without the other cannot be acted on. */
  const readPersisted = async (): Promise<Persisted> => {
    const answer = await withApi((api) =>
      typeof api.persist === 'function' ? api.persisted?.() : undefined,
    )
    return typeof answer === 'boolean' ? answer : null
  }

  const readMemory = (): RequestMemory => {
    try {
      return parsePersistRequest(env.local().getItem(persistRequestKey))
    } catch {
      return 'unreadable'
    }
  }

  const remember = (request: PersistRequest): boolean => {
    try {
      env.local().setItem(persistRequestKey, JSON.stringify(request))
      return true
    } catch {
      return false
    }
  }

  /**
   * Asks the browser once. `pending` is written first: a tab closed while the question is open
   * then counts as asked. When `mustRemember` and that write fails, it does not ask at all.
   */
  const ask = async (mustRemember: boolean): Promise<void> => {
    const askedAt = env.now()
    if (!remember({ askedAt, answer: 'pending' }) && mustRemember) return
    const answer = await withApi((api) => api.persist?.())
    remember({
      askedAt,
      answer: answer === true ? 'granted' : answer === false ? 'refused' : 'failed',
    })
  }

  const queue = (job: () => Promise<void>): Promise<void> => {
    requests = requests.then(job)
    return requests
  }

  const read = async (): Promise<PersistenceStatus> => {
    // A question still open (Firefox shows one) is answered before its outcome is reported.
    await requests
    const persisted = await readPersisted()
    const memory = readMemory()
    const estimate = await withApi((api) => api.estimate?.())
    return {
      state: persistState(persisted, memory),
      request: memory === 'unreadable' ? null : memory,
      canAsk: persisted === false,
      usage: estimate?.usage ?? null,
      quota: estimate?.quota ?? null,
    }
  }

  return {
    /**
     * After a save to IndexedDB: asks the browser to keep the data unless it already does, this
     * profile was asked before, or the answer could not be remembered. Only the first call of a
     * page looks; the rest return at once.
     */
    askOnce: (): Promise<void> => {
      if (decided) return requests
      decided = true
      return queue(async () => {
        if (shouldAskToPersist(await readPersisted(), readMemory())) await ask(true)
      })
    },
    /** The user's own "ask again": asks once per call, then reports the outcome. */
    askAgain: async (): Promise<PersistenceStatus> => {
      await queue(() => ask(false))
      return read()
    },
    /** The current position; never asks. */
    read,
  }
}

/** The running app's one instance: its memory of this page's request is shared by every caller. */
export const persistence = createPersistence()
