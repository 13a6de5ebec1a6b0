import { describe, expect, it } from 'vitest'
import {
  createSaveQueue,
  maxSaveWaitMs,
  retryDelayMs,
  saveDelayMs,
  type Clock,
  type WriteOutcome,
} from './saveQueue'

/** A clock that moves only when told to; timers due at the same moment run in the order set. */
const manualClock = () => {
  let now = 0
  let order = 0
  let timers: { at: number; order: number; run: () => void }[] = []
  // The queue's promise chains need no timers, so one real macrotask lets all of them settle.
  const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
  const clock: Clock = {
    nowMs: () => now,
    after: (ms, run) => {
      const timer = { at: now + ms, order: order++, run }
      timers.push(timer)
      return () => {
        timers = timers.filter((t) => t !== timer)
      }
    },
  }
  const advanceTo = async (time: number) => {
    await settle()
    for (;;) {
      const due = timers
        .filter((t) => t.at <= time)
        .sort((a, b) => a.at - b.at || a.order - b.order)[0]
      if (due === undefined) break
      timers = timers.filter((t) => t !== due)
      now = due.at
      due.run()
      await settle()
    }
    now = time
  }
  const sleep = (ms: number) => new Promise<void>((resolve) => clock.after(ms, resolve))
  return { clock, advanceTo, sleep }
}

type Scenario = {
  /** Times at which assessment 'a' is edited. */
  edits: number[]
  /** Times at which `flush('a')` is called. */
  flushes?: number[]
  /** The outcome of each write in turn; 'written' once the list runs out. */
  outcomes?: WriteOutcome[]
  /** How long each write takes. */
  writeMs?: number
  until: number
}

/** Plays a scenario; returns when writes started, when each flush resolved, and what is left. */
const play = async ({ edits, flushes = [], outcomes = [], writeMs = 0, until }: Scenario) => {
  const { clock, advanceTo, sleep } = manualClock()
  const writes: number[] = []
  const flushed: number[] = []
  const left = [...outcomes]
  let running = 0
  let mostAtOnce = 0
  const queue = createSaveQueue(clock, async () => {
    writes.push(clock.nowMs())
    mostAtOnce = Math.max(mostAtOnce, ++running)
    if (writeMs > 0) await sleep(writeMs)
    running--
    return left.shift() ?? 'written'
  })
  const events = [
    ...edits.map((at) => ({ at, act: () => queue.schedule('a') })),
    ...flushes.map((at) => ({
      at,
      act: () => void queue.flush('a').then(() => flushed.push(clock.nowMs())),
    })),
  ].sort((x, y) => x.at - y.at)
  for (const { at, act } of events) {
    await advanceTo(at)
    act()
  }
  await advanceTo(until)
  return { writes, flushed, dirty: queue.isDirty('a'), busy: queue.isBusy('a'), mostAtOnce }
}

/** Edits every `step` ms from `from` to `to` inclusive. */
const typing = (from: number, to: number, step = 100) =>
  Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step)

describe('save queue: the pause after an edit and the maximum wait', () => {
  it('uses the delays the product promises (saved within a second while typing)', () => {
    expect([saveDelayMs, maxSaveWaitMs, retryDelayMs]).toEqual([400, 1_000, 5_000])
  })

  it.each([
    { name: 'one edit is written after the pause', edits: [0], writes: [400] },
    { name: 'an edit during the pause restarts it', edits: [0, 300], writes: [700] },
    { name: 'edits one pause apart are written apart', edits: [0, 1_000], writes: [400, 1_400] },
    {
      name: 'edits every 100 ms are written at least once a second',
      edits: typing(0, 2_500),
      writes: [1_000, 2_000, 2_900],
    },
    {
      name: 'the maximum wait counts from the oldest unwritten edit',
      edits: [0, 350, 700, 950],
      writes: [1_000],
    },
    { name: 'nothing is written without an edit', edits: [], writes: [] },
  ])('$name', async ({ edits, writes }) => {
    const result = await play({ edits, until: 10_000 })
    expect(result.writes).toEqual(writes)
    expect(result).toMatchObject({ dirty: false, busy: false })
  })
})

describe('save queue: retry after a failed write', () => {
  it.each([
    {
      name: 'a failed write is tried again after the retry delay',
      outcomes: ['retry'] as WriteOutcome[],
      writes: [400, 5_400],
      dirty: false,
    },
    {
      name: 'and again, until it succeeds',
      outcomes: ['retry', 'retry'] as WriteOutcome[],
      writes: [400, 5_400, 10_400],
      dirty: false,
    },
    {
      name: 'a write that needs a decision (conflict, blocked record) is not retried',
      outcomes: ['hold'] as WriteOutcome[],
      writes: [400],
      dirty: true,
    },
  ])('$name', async ({ outcomes, writes, dirty }) => {
    const result = await play({ edits: [0], outcomes, until: 20_000 })
    expect(result.writes).toEqual(writes)
    expect(result.dirty).toBe(dirty)
  })

  it.each([
    { name: 'after a retry is due', outcomes: ['retry'] as WriteOutcome[], writes: [400, 2_400] },
    { name: 'after a held write', outcomes: ['hold'] as WriteOutcome[], writes: [400, 2_400] },
  ])('a new edit is written after the pause again, $name', async ({ outcomes, writes }) => {
    const result = await play({ edits: [0, 2_000], outcomes, until: 20_000 })
    expect(result.writes).toEqual(writes)
    expect(result.dirty).toBe(false)
  })
})

describe('save queue: one write at a time per assessment', () => {
  it.each([
    {
      name: 'edits during a write cause exactly one more write, after it',
      scenario: { edits: [0, 500, 600, 700], writeMs: 2_000, until: 10_000 },
      writes: [400, 2_400],
      flushed: [],
    },
    {
      name: 'a flush during a write waits for it and for the write it causes',
      scenario: { edits: [0, 500], flushes: [600, 600], writeMs: 2_000, until: 10_000 },
      writes: [400, 2_400],
      flushed: [4_400, 4_400],
    },
    {
      name: 'a flush writes at once instead of waiting for the pause',
      scenario: { edits: [0], flushes: [100], until: 10_000 },
      writes: [100],
      flushed: [100],
    },
    {
      name: 'a flush with nothing to write resolves at once',
      scenario: { edits: [], flushes: [100], until: 1_000 },
      writes: [],
      flushed: [100],
    },
  ])('$name', async ({ scenario, writes, flushed }) => {
    const result = await play(scenario)
    expect(result.writes).toEqual(writes)
    expect(result.flushed).toEqual(flushed)
    expect(result.mostAtOnce).toBeLessThanOrEqual(1)
    expect(result).toMatchObject({ dirty: false, busy: false })
  })

  it('keeps ids apart, forgets a cancelled id, and lists and flushes what is unwritten', async () => {
    const { clock, advanceTo } = manualClock()
    const written: string[] = []
    const queue = createSaveQueue(clock, (id) => {
      written.push(id)
      return Promise.resolve('written')
    })
    queue.schedule('a')
    queue.schedule('b')
    queue.schedule('c')
    queue.cancel('b')
    expect(queue.dirtyIds()).toEqual(['a', 'c'])
    expect([queue.isBusy('b'), queue.isDirty('b')]).toEqual([false, false])
    await queue.flushAll()
    expect(written).toEqual(['a', 'c'])
    expect(queue.dirtyIds()).toEqual([])
    await queue.writeNow('d')
    expect(written).toEqual(['a', 'c', 'd'])
    await advanceTo(10_000)
    expect(written).toEqual(['a', 'c', 'd'])
  })
})
