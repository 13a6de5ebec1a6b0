import { describe, expect, it } from 'vitest'
import { testPackage } from '../testing/testPackage'
import {
  readJournalEntry,
  recoverResponse,
  serialiseJournalEntry,
  type ResponseJournalEntry,
} from './responseJournal'
import { newResponseRecord, type ResponseRecord } from './responseRecord'

const stored: ResponseRecord = {
  ...newResponseRecord(testPackage(), '2025-01-11T09:00:00.000Z'),
  updatedAt: '2025-01-12T08:00:00.000Z',
}
const edited: ResponseRecord = {
  ...stored,
  answers: {
    'SC-002': {
      answer: { value: { type: 'kpi', value: 7 } },
      answeredAt: '2025-01-12T08:05:00.000Z',
    },
  },
}
const entry = (base: string, record: ResponseRecord = edited): ResponseJournalEntry => ({
  base,
  record,
})

describe('work journalled when a department’s tab closed', () => {
  it('is taken when it was made on the stored record, on that base, to be written at once', () => {
    expect(recoverResponse(stored, entry(stored.updatedAt))).toEqual({
      record: edited,
      unsaved: true,
      journal: 'adopted',
    })
  })

  it('is out of date once its write landed or another tab wrote after it', () => {
    const landed = { ...edited, updatedAt: '2025-01-12T08:05:01.000Z' }
    expect(recoverResponse(landed, entry(stored.updatedAt))).toEqual({
      record: landed,
      unsaved: false,
      journal: 'stale',
    })
  })

  it('is out of date when it belongs to another package', () => {
    const other = { ...edited, package: { ...edited.package, packageId: 'another-package' } }
    expect(recoverResponse(stored, entry(stored.updatedAt, other)).journal).toBe('stale')
  })

  it('leaves the stored record alone when there is none', () => {
    expect(recoverResponse(stored, null)).toEqual({
      record: stored,
      unsaved: false,
      journal: 'none',
    })
  })

  it('reads back what it wrote, and nothing from text it did not write', () => {
    const e = entry(stored.updatedAt)
    expect(readJournalEntry(serialiseJournalEntry(e))).toEqual(e)
    for (const text of [
      '',
      'null',
      '{"base":1,"record":{}}',
      JSON.stringify({ base: stored.updatedAt }),
      JSON.stringify({ base: stored.updatedAt, record: { ...edited, format: 'other' } }),
    ])
      expect(readJournalEntry(text), text).toBeNull()
  })
})
