import { afterEach, describe, expect, it, vi } from 'vitest'
import { readLastExport, recordExport } from './exportReminder'

afterEach(() => vi.restoreAllMocks())

describe('export reminder storage', () => {
  it('remembers the last full export', () => {
    expect(readLastExport()).toBeNull()
    expect(recordExport('2026-01-02T03:04:05.000Z')).toBe(true)
    expect(readLastExport()).toBe('2026-01-02T03:04:05.000Z')
  })

  it('reads an unreadable value as never', () => {
    localStorage.setItem('scm.lastExport', 'last tuesday')
    expect(readLastExport()).toBeNull()
  })

  it('survives storage that refuses access', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(readLastExport()).toBeNull()
    expect(recordExport('2026-01-02T03:04:05.000Z')).toBe(false)
  })
})
