import { useEffect, useRef, useState } from 'react'

/**
 * Becomes true, and stays true, once the element is within `margin` of the viewport (default: in
 * it). Costly drawings below the fold wait until the reader scrolls to them instead of competing
 * with what is on screen: drawing the radar is one task of about 280 ms on a phone-speed CPU (4×
 * throttled Chromium), and on a phone the radar starts below the first screen. Without
 * IntersectionObserver (old browsers, jsdom) it is true at once.
 */
export const useNearViewport = <T extends Element>(margin = '0px') => {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    const element = ref.current
    if (near || element === null) return undefined
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: margin },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [near, margin])
  return { ref, near }
}
