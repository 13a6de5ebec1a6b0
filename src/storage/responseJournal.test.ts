import { afterEach, describe, expect, it, vi } from 'vitest'
import { newResponseRecord } from '../domain/departments/responseRecord'
import { testPackage } from '../domain/testing/testPackage'
import { clearResponseJournal, readResponseJournal, writeResponseJournal } from './responseJournal'
import { putResponse, removeResponse } from './responseStorage'

const record = newResponseRecord(
  testPackage({ packageId: 'pkg-journal1' }),
  '2025-01-11T09:00:00.000Z',
)
const entry = { base: record.updatedAt, record }

afterEach(() => {
  vi.restoreAllMocks()
  window.localStorage.clear()
})

describe("a department's journalled work in localStorage", () => {
  it('is written, read back and cleared per package', () => {
    expect(writeResponseJournal(entry)).toBe(true)
    expect(readResponseJournal('pkg-journal1')).toEqual(entry)
    expect(readResponseJournal('pkg-other')).toBeNull()
    clearResponseJournal('pkg-journal1')
    expect(readResponseJournal('pkg-journal1')).toBeNull()
  })

  it('says so when the browser refuses to write it', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    expect(writeResponseJournal(entry)).toBe(false)
  })

  it('goes with the response when the response is removed', async () => {
    const name = 'responses-journal'
    expect((await putResponse(record, null, name)).ok).toBe(true)
    writeResponseJournal(entry)
    expect(await removeResponse('pkg-journal1', name)).toEqual({ ok: true })
    expect(readResponseJournal('pkg-journal1')).toBeNull()
  })
})
