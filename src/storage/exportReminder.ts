/**
 * When the user last made a full backup ("Export all"), so the home page can remind them after
 * `exportReminderDays`. Kept in localStorage: a lost value only means an early reminder.
 */
import { isIsoDateTime } from '../domain/isoDateTime'

const key = 'scm.lastExport'

/** The ISO time of the last full export, or null (never, unreadable, or storage unavailable). */
export const readLastExport = (): string | null => {
  try {
    const value = window.localStorage.getItem(key)
    return isIsoDateTime(value) ? value : null
  } catch {
    return null
  }
}

/** Remembers a full export; false when storage refused it (the export itself still happened). */
export const recordExport = (at: string): boolean => {
  try {
    window.localStorage.setItem(key, at)
    return true
  } catch {
    return false
  }
}
