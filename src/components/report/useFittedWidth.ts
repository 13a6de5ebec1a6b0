import { useLayoutEffect, useRef, useState } from 'react'

/**
 * The inner width (CSS px, without borders) of the element `ref` is put on, kept current as it
 * resizes. Measured before the first paint, so a chart is drawn at its fitted size straight away.
 * 0 until measured and wherever there is no layout (jsdom): callers treat 0 as "full size".
 */
export const useFittedWidth = <T extends HTMLElement>() => {
  const ref = useRef<T>(null)
  const [width, setWidth] = useState(0)
  useLayoutEffect(() => {
    const element = ref.current
    if (element === null) return undefined
    const measure = () => setWidth(element.clientWidth)
    measure()
    if (typeof ResizeObserver === 'undefined') return undefined
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return { ref, width }
}
