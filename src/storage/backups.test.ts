import { describe, expect, it, vi } from 'vitest'
import { readBackups } from './backups'

describe('readBackups', () => {
  it('is an empty list in a fresh database', async () => {
    expect(await readBackups('backups-test-fresh')).toEqual({ ok: true, backups: [] })
  })

  it('reports a failure to open the database as a value', async () => {
    const spy = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError')
    })
    expect(await readBackups('backups-test-denied')).toEqual({
      ok: false,
      reason: 'unavailable',
      detail: 'SecurityError: denied',
    })
    spy.mockRestore()
  })
})
