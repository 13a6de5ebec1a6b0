import { startTransition, useCallback, useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * Runs `work` when the browser is idle, or after a short timeout where there is no
 * requestIdleCallback (Safari, jsdom). The timeout keeps the list growing on a page that is never
 * idle, e.g. while the user types without pause.
 */
const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 200 })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(work, 16)
  return () => clearTimeout(handle)
}

export type ProgressiveCount = {
  /** How many items to render now, at most `total`. */
  count: number
  /**
   * Renders at least the first `n` items before returning (a synchronous render), for actions
   * that must reach an item right away: focusing it, scrolling to it.
   */
  revealThrough: (n: number) => void
  /** Renders at least the first `n` items with the next render, e.g. from an effect. */
  reveal: (n: number) => void
}

/**
 * How many of `total` items to render: `initial` at once, then `step` more whenever the browser
 * is idle. Each step is a transition of its own, so no single task mounts the whole list (one long
 * task blocks input for its whole length) and typing interrupts the growth instead of waiting for
 * it. Every item is rendered in the end, so find-in-page and assistive technology see them all.
 */
export const useProgressiveCount = (
  total: number,
  { initial, step }: { initial: number; step: number },
): ProgressiveCount => {
  const [wanted, setWanted] = useState(initial)
  const count = Math.min(wanted, total)

  useEffect(() => {
    if (count >= total) return undefined
    // Scheduled after each commit, so the next step waits for the browser to lay out and paint
    // the previous one: one small task per frame rather than a queue of them.
    return whenIdle(() => startTransition(() => setWanted((w) => Math.max(w, count + step))))
  }, [count, total, step])

  const revealThrough = useCallback((n: number) => {
    flushSync(() => setWanted((w) => Math.max(w, n)))
  }, [])

  const reveal = useCallback((n: number) => setWanted((w) => Math.max(w, n)), [])

  return { count, revealThrough, reveal }
}
