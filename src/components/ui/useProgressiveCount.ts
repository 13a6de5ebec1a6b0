import { startTransition, useEffect, useState } from 'react'

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

/**
 * How many of `total` items to render: `initial` at once, then `step` more whenever the browser
 * is idle. Each step is a transition of its own, so no single task mounts the whole list (one long
 * task blocks input for its whole length) and typing interrupts the growth instead of waiting for
 * it. Every item is rendered in the end.
 *
 * `atLeast` renders the first `atLeast` items in the same render that asks for them, for a page
 * that must reach an item at once (to scroll to it or focus it); growth goes on from there.
 */
export const useProgressiveCount = (
  total: number,
  { initial, step, atLeast = 0 }: { initial: number; step: number; atLeast?: number },
): number => {
  const [wanted, setWanted] = useState(initial)
  // Kept, so that asking for fewer later never hides what is shown (React re-renders at once).
  if (atLeast > wanted) setWanted(atLeast)
  const count = Math.min(Math.max(wanted, atLeast), total)

  useEffect(() => {
    if (count >= total) return undefined
    // Scheduled after each commit, so the next step waits for the browser to lay out and paint
    // the previous one: one small task per frame rather than a queue of them.
    return whenIdle(() => startTransition(() => setWanted((w) => Math.max(w, count + step))))
  }, [count, total, step])

  return count
}
