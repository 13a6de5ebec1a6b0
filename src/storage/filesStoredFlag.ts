/**
 * Whether this browser may hold evidence files, kept in localStorage so that loading can tell,
 * without opening the files store or fetching the clean-up code, whether a clean-up can find
 * anything: a browser that never stored a file (every first visit) fetches nothing. A lost or
 * unreadable flag only delays a clean-up (files are kept, never lost).
 */
const key = 'scm.filesStored'

/** True once a file has been stored, until a clean-up leaves the files store empty. */
export const filesMayBeStored = (): boolean => {
  try {
    return window.localStorage.getItem(key) !== null
  } catch {
    return false
  }
}

/** Sets or clears the flag; a storage that refuses it is left as it is. */
export const setFilesStored = (stored: boolean): void => {
  try {
    if (stored) window.localStorage.setItem(key, '1')
    else window.localStorage.removeItem(key)
  } catch {
    // localStorage unavailable: the next load skips the clean-up, nothing else changes
  }
}
