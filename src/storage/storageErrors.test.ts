import { describe, expect, it } from 'vitest'
import { classifyStorageError, isQuotaError } from './storageErrors'

describe('isQuotaError', () => {
  it.each([
    ['Chrome/Safari DOMException', new DOMException('full', 'QuotaExceededError')],
    ['Firefox name', { name: 'NS_ERROR_DOM_QUOTA_REACHED' }],
    ['legacy code 22', { name: 'Error', code: 22 }],
    ['Firefox code 1014', { code: 1014 }],
    [
      'IndexedDB AbortError wrapping the quota error',
      { name: 'AbortError', error: new DOMException('full', 'QuotaExceededError') },
    ],
    [
      'an event whose target holds the quota error',
      { type: 'abort', target: { error: { name: 'QuotaExceededError' } } },
    ],
  ])('recognises %s', (_, error) => {
    expect(isQuotaError(error)).toBe(true)
    expect(classifyStorageError(error)).toBe('quota')
  })

  it.each([
    ['a plain error', new Error('boom'), 'failed'],
    ['a security error (storage disabled)', new DOMException('no', 'SecurityError'), 'unavailable'],
    ['an aborted transaction without a cause', { name: 'AbortError' }, 'failed'],
    ['not an object', 'oops', 'failed'],
  ])('does not mistake %s for a full disk', (_, error, kind) => {
    expect(isQuotaError(error)).toBe(false)
    expect(classifyStorageError(error)).toBe(kind)
  })
})
