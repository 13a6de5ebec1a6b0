/**
 * A synchronous safety net for the moment a tab is hidden or closed: IndexedDB writes are
 * asynchronous and may not finish while a page unloads, but localStorage writes complete before
 * `pagehide` returns. Unsaved assessments are journalled there and replayed on the next load.
 */
import type { Assessment } from '../domain/assessment/assessment'
import { readRecordText, wrapAssessment } from '../domain/assessment/envelope'

const prefix = 'scm.journal.'

export const writeJournal = (
  assessments: readonly Assessment[],
  appVersion: string,
  savedAt: string,
): boolean => {
  try {
    for (const a of assessments)
      window.localStorage.setItem(
        prefix + a.id,
        JSON.stringify(wrapAssessment(a, appVersion, savedAt)),
      )
    return true
  } catch {
    return false
  }
}

/** Journalled assessments (unreadable entries are left where they are, untouched). */
export const readJournal = (): Assessment[] => {
  const out: Assessment[] = []
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i)
      if (key === null || !key.startsWith(prefix)) continue
      // Text that cannot be read stays where it is, for inspection: evidence is never deleted.
      const read = readRecordText(window.localStorage.getItem(key) ?? 'null')
      if (read.ok) out.push(read.envelope.assessment)
    }
  } catch {
    // storage unavailable: nothing journalled
  }
  return out
}

export const clearJournal = (id: string): void => {
  try {
    window.localStorage.removeItem(prefix + id)
  } catch {
    // nothing to clear when storage is unavailable
  }
}
