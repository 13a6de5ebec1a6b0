import { act, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useProgressiveCount } from './useProgressiveCount'

/** Renders `total` numbered items progressively, at least `atLeast` of them. */
const Items = ({ total, atLeast }: { total: number; atLeast?: number }) => {
  const count = useProgressiveCount(total, { initial: 3, step: 4, atLeast })
  return (
    <ul>
      {Array.from({ length: count }, (_, i) => (
        <li key={i}>item {i}</li>
      ))}
    </ul>
  )
}
const shown = () => screen.queryAllByRole('listitem').length

describe('useProgressiveCount', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('renders the first items at once, then a step more per idle period, until all are rendered', async () => {
    render(<Items total={12} />)
    expect(shown()).toBe(3)
    await act(() => vi.advanceTimersToNextTimerAsync())
    expect(shown()).toBe(7)
    await act(() => vi.advanceTimersToNextTimerAsync())
    expect(shown()).toBe(11)
    await act(() => vi.advanceTimersToNextTimerAsync())
    expect(shown()).toBe(12)
    // Done: nothing more is scheduled.
    expect(vi.getTimerCount()).toBe(0)
  })

  it('never reports more than the total, and schedules nothing for a short list', () => {
    render(<Items total={2} />)
    expect(shown()).toBe(2)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('renders at least `atLeast` items in the render that asks for them, and keeps growing from there', async () => {
    const view = render(<Items total={40} />)
    expect(shown()).toBe(3)
    view.rerender(<Items total={40} atLeast={30} />)
    expect(shown()).toBe(30)
    // Asking for less than is shown never hides anything.
    view.rerender(<Items total={40} atLeast={5} />)
    expect(shown()).toBe(30)
    await act(() => vi.advanceTimersToNextTimerAsync())
    expect(shown()).toBe(34)
    view.rerender(<Items total={40} atLeast={90} />)
    expect(shown()).toBe(40)
  })

  it('uses requestIdleCallback where the browser has it, and cancels it on unmount', async () => {
    const pending = new Map<number, IdleRequestCallback>()
    let next = 1
    vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => {
      pending.set(next, cb)
      return next++
    })
    vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle))
    try {
      const view = render(<Items total={10} />)
      expect(pending.size).toBe(1)
      const [first] = [...pending]
      if (first === undefined) throw new Error('nothing scheduled')
      const [handle, idle] = first
      pending.delete(handle)
      await act(async () => idle({ didTimeout: false, timeRemaining: () => 10 }))
      expect(shown()).toBe(7)
      expect(pending.size).toBe(1)
      view.unmount()
      expect(pending.size).toBe(0)
    } finally {
      vi.unstubAllGlobals()
    }
  })
})
