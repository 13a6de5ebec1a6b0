import { act } from '@testing-library/react'
import { vi } from 'vitest'

/**
 * Idle periods that come when the test says so. jsdom has no `requestIdleCallback`, so pages that
 * grow "when the browser is idle" (useProgressiveCount) would grow on a timer there, at a pace set
 * by the machine's load: a test waiting a fixed time for the last part fails on a busy machine.
 * With this installed, `settle()` runs idle callbacks — and whatever React renders and schedules in
 * response — until none is left, so the whole page is there when it resolves, however slow the CPU.
 * Call `vi.unstubAllGlobals()` afterwards (see `afterEach`).
 */
export const controlIdleCallbacks = () => {
  const pending = new Map<number, IdleRequestCallback>()
  let nextHandle = 1
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback): number => {
    const handle = nextHandle++
    pending.set(handle, callback)
    return handle
  })
  vi.stubGlobal('cancelIdleCallback', (handle: number) => {
    pending.delete(handle)
  })
  const deadline: IdleDeadline = { didTimeout: false, timeRemaining: () => 50 }
  return {
    /** Runs idle periods, one act() each, until nothing waits for one; throws if it never ends. */
    settle: async (limit = 100) => {
      for (let period = 0; pending.size > 0; period++) {
        if (period === limit) throw new Error(`still scheduling idle work after ${limit} periods`)
        const callbacks = [...pending.values()]
        pending.clear()
        await act(async () => {
          for (const callback of callbacks) callback(deadline)
        })
      }
    },
  }
}
