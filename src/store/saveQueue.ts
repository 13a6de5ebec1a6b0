/**
 * When each assessment's edits are written to storage. Plain TypeScript (no zustand, no React):
 * the store tells it that an id was edited and gives it a function that writes one id; time
 * comes from an injected clock, so the rules below can be tested without real timers.
 *
 * - An edit is written after a pause of `saveDelayMs`; each further edit restarts the pause.
 * - While edits keep coming faster than the pause, the oldest unwritten edit still waits no more
 *   than `maxSaveWaitMs`, so a crash loses at most that much typing.
 * - One write at a time per id. Edits made during a write cause one more write after it.
 * - A failed write is tried again after `retryDelayMs` (space may have been freed), unless it
 *   needs a person's decision (a conflict with another tab, an unreadable stored record).
 */

/** The pause after an edit before it is written; each edit restarts it. */
export const saveDelayMs = 400
/**
 * The longest an edit waits to be written while edits keep coming (continuous typing never
 * pauses for `saveDelayMs`): a crash then loses at most this much, not the whole burst.
 */
export const maxSaveWaitMs = 1_000
/** After a failed write (storage full, I/O error) the queue tries again this often. */
export const retryDelayMs = 5_000

/** Milliseconds and one-shot timers. */
export type Clock = {
  nowMs: () => number
  /** Runs `run` once after `ms`; the returned function cancels it. */
  after: (ms: number, run: () => void) => () => void
}

export const systemClock: Clock = {
  nowMs: () => Date.now(),
  after: (ms, run) => {
    const timer = setTimeout(run, ms)
    return () => clearTimeout(timer)
  },
}

/**
 * What one write did: `written`; `retry` (failed, try again later); `hold` (failed or not
 * possible now, and only a person or a new edit moves it on). A write must resolve, not reject.
 */
export type WriteOutcome = 'written' | 'retry' | 'hold'

export type SaveQueue = {
  /** Records an edit of `id` and (re)starts its timer. */
  schedule: (id: string) => void
  /** Writes `id` now if it has unwritten edits; resolves once no write of `id` is running. */
  flush: (id: string) => Promise<void>
  /** `flush` for every id with unwritten edits or a timer. */
  flushAll: () => Promise<void>
  /** Marks `id` as edited and writes it at once (used to replay the edit journal). */
  writeNow: (id: string) => Promise<void>
  /** Forgets the edits and the timer of `id` (it was deleted). A running write still finishes. */
  cancel: (id: string) => void
  /** True while `id` has edits not yet handed to a write. */
  isDirty: (id: string) => boolean
  /** True while `id` has unwritten edits, a timer or a write on its way. */
  isBusy: (id: string) => boolean
  /** Ids with edits not yet handed to a write. */
  dirtyIds: () => string[]
}

export const createSaveQueue = (
  clock: Clock,
  write: (id: string) => Promise<WriteOutcome>,
): SaveQueue => {
  const timers = new Map<string, () => void>()
  const inFlight = new Map<string, Promise<void>>()
  const dirty = new Set<string>()
  /** When the oldest edit not yet handed to a write was made (`clock.nowMs()`), per id. */
  const waitingSince = new Map<string, number>()

  const clearTimer = (id: string) => {
    timers.get(id)?.()
    timers.delete(id)
  }

  const startTimer = (id: string, ms: number) => {
    clearTimer(id)
    timers.set(
      id,
      clock.after(ms, () => void flush(id)),
    )
  }

  const run = async (id: string): Promise<void> => {
    dirty.delete(id)
    const outcome = await write(id)
    if (outcome === 'written') return
    dirty.add(id)
    if (outcome === 'retry') startTimer(id, retryDelayMs)
  }

  const flush = async (id: string): Promise<void> => {
    clearTimer(id)
    waitingSince.delete(id)
    // Another flush may start a write while this one waits, so wait until none is running: a
    // resolved flush then means nothing of `id` is on its way (an import relies on it).
    for (let running = inFlight.get(id); running !== undefined; running = inFlight.get(id))
      await running
    if (!dirty.has(id)) return
    const next = run(id).finally(() => inFlight.delete(id))
    inFlight.set(id, next)
    await next
  }

  return {
    schedule: (id) => {
      dirty.add(id)
      const now = clock.nowMs()
      const since = waitingSince.get(id) ?? now
      waitingSince.set(id, since)
      startTimer(id, Math.max(0, Math.min(saveDelayMs, since + maxSaveWaitMs - now)))
    },
    flush,
    flushAll: async () => {
      await Promise.all([...new Set([...dirty, ...timers.keys()])].map((id) => flush(id)))
    },
    writeNow: (id) => {
      dirty.add(id)
      return flush(id)
    },
    cancel: (id) => {
      clearTimer(id)
      waitingSince.delete(id)
      dirty.delete(id)
    },
    isDirty: (id) => dirty.has(id),
    isBusy: (id) => dirty.has(id) || timers.has(id) || inFlight.has(id),
    dirtyIds: () => [...dirty],
  }
}
