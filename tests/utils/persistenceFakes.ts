import { vi } from 'vitest'

/**
 * A browser's `navigator.storage` whose `persist()` answers `answer` (or rejects) and whose
 * `persisted()` then reports what was granted. `persist` counts the questions asked.
 */
export const fakeStorageManager = (answer: boolean | 'throws', grantedAlready = false) => {
  let granted = grantedAlready
  const persist = vi.fn(() => {
    if (answer === 'throws') return Promise.reject(new DOMException('refused', 'SecurityError'))
    granted = granted || answer
    return Promise.resolve(answer)
  })
  const persisted = vi.fn(() => Promise.resolve(granted))
  const estimate = () => Promise.resolve({ usage: 2048, quota: 1e9 })
  return { api: { persist, persisted, estimate }, persist }
}

/** A localStorage that outlives a "reload" (new instances of a module over the same items). */
export const fakeLocalStorage = () => {
  const items = new Map<string, string>()
  return {
    items,
    local: {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
    },
  }
}
