import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

/**
 * The box a table scrolls in when it is wider than the screen, so that the page itself never
 * scrolls sideways (WCAG 2.1 SC 1.4.10 lets a data table scroll inside its own box). While the table
 * does not fit, the box is a region named `label` (the table's caption) in the tab order, so a
 * keyboard user can focus it and scroll with the arrow keys; while it fits, it is a plain box and
 * adds no tab stop. Without layout (jsdom) it counts as fitting.
 */
export const TableScroll = ({ label, children }: { label: string; children: ReactNode }) => {
  const ref = useRef<HTMLDivElement>(null)
  const [scrolls, setScrolls] = useState(false)
  useLayoutEffect(() => {
    const box = ref.current
    if (box === null) return undefined
    const check = () => setScrolls(box.scrollWidth > box.clientWidth + 1)
    check()
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(check)
    observer.observe(box)
    if (box.firstElementChild !== null) observer.observe(box.firstElementChild)
    return () => observer.disconnect()
  }, [])
  return (
    <div
      ref={ref}
      className="report-table-wrap"
      role={scrolls ? 'region' : undefined}
      aria-label={scrolls ? label : undefined}
      tabIndex={scrolls ? 0 : undefined}
    >
      {children}
    </div>
  )
}
