/**
 * When the user last made a full backup ("Export all"), so the home page can remind them after
 * `exportReminderDays`. Kept in localStorage: a lost value only means an early reminder.
 */
const key = 'scm.lastExport'

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/

/** The ISO time of the last full export, or null (never, unreadable, or storage unavailable). */
export const readLastExport = (): string | null => {
  try {
    const value = window.localStorage.getItem(key)
    return value !== null && isoDateTime.test(value) ? value : null
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
