/**
 * The synchronous safety net of a department's work, as the questionnaire has one: IndexedDB
 * writes may not finish while a tab closes, so the page also journals its unsaved record in
 * localStorage (which completes before `pagehide` returns), with `base`, the `updatedAt` of the
 * stored record its edits were made on. The next opening of the package decides here what to show.
 */
import { readResponseRecord, type ResponseRecord } from './responseRecord'

export type ResponseJournalEntry = { base: string; record: ResponseRecord }

/** The journal entry's text. */
export const serialiseJournalEntry = (entry: ResponseJournalEntry): string => JSON.stringify(entry)

/** Reads a journal entry's text; null for text this app did not write (never throws). */
export const readJournalEntry = (text: string): ResponseJournalEntry | null => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof json !== 'object' || json === null || !('base' in json) || !('record' in json))
    return null
  if (typeof json.base !== 'string') return null
  const read = readResponseRecord(JSON.stringify(json.record))
  return read.ok ? { base: json.base, record: read.record } : null
}

export type Recovered = {
  record: ResponseRecord
  /** The record holds work that is not stored yet: write it at once. */
  unsaved: boolean
  /** Whether the journal entry was taken, or is out of date and may be removed. */
  journal: 'none' | 'adopted' | 'stale'
}

/**
 * What to open: the journal's record when it was made on top of what is stored (its `base` is
 * the stored record's `updatedAt`, so the write that would have saved it never landed), kept on
 * that base so the next write is checked against the stored record as usual; otherwise the stored
 * record, and the entry is stale: the write landed after it was journalled, or another tab's write
 * overtook it (which that page reported as a conflict before it closed). An entry for another
 * package is stale too.
 */
export const recoverResponse = (
  stored: ResponseRecord,
  entry: ResponseJournalEntry | null,
): Recovered => {
  if (entry === null) return { record: stored, unsaved: false, journal: 'none' }
  const samePackage = entry.record.package.packageId === stored.package.packageId
  if (!samePackage || entry.base !== stored.updatedAt)
    return { record: stored, unsaved: false, journal: 'stale' }
  return {
    record: { ...entry.record, updatedAt: stored.updatedAt },
    unsaved: true,
    journal: 'adopted',
  }
}
