import { useEffect, useRef, useState } from 'react'

/**
 * Becomes true, and stays true, once the element is within `margin` of the viewport. Costly
 * drawings below the fold wait until the reader scrolls towards them instead of competing with
 * what is on screen. Without IntersectionObserver (old browsers, jsdom) it is true at once.
 */
export const useNearViewport = <T extends Element>(margin = '300px') => {
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
