import { describe, expect, it } from 'vitest'
import { exportReminderDays, isExportDue } from './reminder'

const now = '2026-03-01T12:00:00.000Z'

describe('isExportDue', () => {
  it('reminds when never exported, but only if there is something to lose', () => {
    expect(isExportDue(null, now, 1)).toBe(true)
    expect(isExportDue(null, now, 0)).toBe(false)
  })

  it('reminds after more than 30 days', () => {
    expect(exportReminderDays).toBe(30)
    expect(isExportDue('2026-01-30T12:00:00.000Z', now, 2)).toBe(false)
    expect(isExportDue('2026-01-30T11:59:59.000Z', now, 2)).toBe(true)
  })

  it('treats an unreadable time as never and a future one as recent', () => {
    expect(isExportDue('yesterday', now, 1)).toBe(true)
    expect(isExportDue('2027-01-01T00:00:00.000Z', now, 1)).toBe(false)
  })
})
