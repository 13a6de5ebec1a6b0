/**
 * Whether this browser may hold evidence files, kept in localStorage so that loading can tell,
 * without opening the files store or fetching the clean-up code, whether a clean-up can find
 * anything: a browser that never stored a file (every first visit) fetches nothing. A lost or
 * unreadable flag only delays a clean-up (files are kept, never lost).
 */
const key = 'scm.filesStored'

let whenStored: (() => void) | null = null

/** True once a file has been stored, until a clean-up leaves the files store empty. */
export const filesMayBeStored = (): boolean => {
  try {
    return window.localStorage.getItem(key) !== null
  } catch {
    return false
  }
}

/**
 * Calls `listener` the first time this page stores a file (once; a later call replaces it), so
 * that a page which began with no files starts its clean-up only when it has some.
 */
export const onFirstFileStored = (listener: () => void): void => {
  whenStored = listener
}

/** Sets or clears the flag; a storage that refuses it is left as it is. */
export const setFilesStored = (stored: boolean): void => {
  try {
    if (stored) window.localStorage.setItem(key, '1')
    else window.localStorage.removeItem(key)
  } catch {
    // localStorage unavailable: the next load skips the clean-up, nothing else changes
  }
  const listener = stored ? whenStored : null
  if (listener === null) return
  whenStored = null
  listener()
}
