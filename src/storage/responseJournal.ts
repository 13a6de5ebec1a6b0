/**
 * Where a department's unsaved work is journalled when its tab is hidden or closed: localStorage,
 * one key per package (see `domain/departments/responseJournal.ts`). Never throws: a storage that
 * refuses leaves the IndexedDB write as the only copy, as before.
 */
import {
  readJournalEntry,
  serialiseJournalEntry,
  type ResponseJournalEntry,
} from '../domain/departments/responseJournal'

const prefix = 'scm.responseJournal.'

/** Journals `entry` under its package; false when localStorage refuses. */
export const writeResponseJournal = (entry: ResponseJournalEntry): boolean => {
  try {
    window.localStorage.setItem(
      prefix + entry.record.package.packageId,
      serialiseJournalEntry(entry),
    )
    return true
  } catch {
    return false
  }
}

/** The journal entry of a package; null when there is none or it cannot be read. */
export const readResponseJournal = (packageId: string): ResponseJournalEntry | null => {
  try {
    const text = window.localStorage.getItem(prefix + packageId)
    return text === null ? null : readJournalEntry(text)
  } catch {
    return null
  }
}

/** Removes a package's journal entry (after its work is stored, or when it is out of date). */
export const clearResponseJournal = (packageId: string): void => {
  try {
    window.localStorage.removeItem(prefix + packageId)
  } catch {
    // nothing to clear when storage is unavailable
  }
}
