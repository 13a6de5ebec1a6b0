/**
 * Two tabs never silently overwrite each other: one writer per assessment through the Web Locks
 * API (the lock is held while a questionnaire is open), and a BroadcastChannel that tells other tabs
 * when an assessment was saved so they re-read it. The revision check on every write is the last
 * line of defence when neither API exists.
 */

export type WriterLock = {
  /** True when this tab may edit now. */
  owned: boolean
  /** Resolves when this tab gets the lock later (the other tab closed the assessment). */
  acquired: Promise<void>
  release: () => void
}

const lockName = (id: string) => `smart-city-assessment:${id}`

/**
 * Tries to become the writer of an assessment at once; if another tab is, waits in line so this tab
 * can take over when that one lets go. Without the Web Locks API every tab is a writer.
 */
export const acquireWriterLock = async (id: string): Promise<WriterLock> => {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks
  if (locks === undefined)
    return { owned: true, acquired: Promise.resolve(), release: () => undefined }
  let release: () => void = () => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  const immediate = await new Promise<boolean>((resolve) => {
    void locks.request(lockName(id), { ifAvailable: true }, async (lock) => {
      resolve(lock !== null)
      if (lock !== null) await held
    })
  })
  if (immediate) return { owned: true, acquired: Promise.resolve(), release }
  const controller = new AbortController()
  let granted: () => void = () => undefined
  const acquired = new Promise<void>((resolve) => (granted = resolve))
  locks
    .request(lockName(id), { signal: controller.signal }, async () => {
      granted()
      await held
    })
    .catch(() => undefined) // aborted when the page closes the assessment first
  return {
    owned: false,
    acquired,
    release: () => {
      controller.abort()
      release()
    },
  }
}

/** `schemaVersion` lets an older tab notice that a newer app version is writing. */
export type SavedMessage = { type: 'saved'; id: string; revision: number; schemaVersion: number }

const channelName = 'smart-city-assessments'

/**
 * One channel object per tab for sending and listening: a BroadcastChannel delivers to every other
 * object of the same name — in this tab too — but never to the object that posted. With separate
 * objects a tab would hear its own saves and re-read data it has just written.
 */
let channel: BroadcastChannel | null = null
const tabChannel = (): BroadcastChannel | null => {
  if (typeof BroadcastChannel === 'undefined') return null
  channel ??= new BroadcastChannel(channelName)
  return channel
}

/** Tells other tabs that an assessment was stored with a new revision. */
export const announceSaved = (message: SavedMessage): void => {
  tabChannel()?.postMessage(message)
}

/** Listens for other tabs' saves; returns the function that stops listening. */
export const onOtherTabSaved = (listener: (message: SavedMessage) => void): (() => void) => {
  const ch = tabChannel()
  if (ch === null) return () => undefined
  const handler = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<SavedMessage> | null
    if (
      data?.type === 'saved' &&
      typeof data.id === 'string' &&
      typeof data.revision === 'number'
    ) {
      const schemaVersion = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0
      listener({ type: 'saved', id: data.id, revision: data.revision, schemaVersion })
    }
  }
  ch.addEventListener('message', handler)
  return () => ch.removeEventListener('message', handler)
}
