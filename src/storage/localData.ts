/**
 * Whole-database operations that bypass the app's store: reading every raw record (for the
 * last-resort "download raw data", which must work even when the app's state is broken) and
 * deleting everything on request. Asking the browser to keep the data is `persistence.ts`.
 */
import { openDB } from 'idb'
import { databaseName } from './indexedDbStorage'

const prefix = 'scm.'

/** Every stored record as it is on disk (raw text), plus the app's localStorage keys. Never writes. */
export const readAllRaw = async (): Promise<{
  indexedDb: Record<string, Record<string, unknown>>
  localStorage: Record<string, string>
}> => {
  const indexedDb: Record<string, Record<string, unknown>> = {}
  try {
    const db = await openDB(databaseName)
    for (const store of [...db.objectStoreNames]) {
      const keys = await db.getAllKeys(store)
      const values = await db.getAll(store)
      indexedDb[store] = Object.fromEntries(keys.map((k, i) => [String(k), values[i]]))
    }
    db.close()
  } catch {
    // unreadable database: export what localStorage holds
  }
  const local: Record<string, string> = {}
  try {
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i)
      if (key !== null && key.startsWith(prefix))
        local[key] = window.localStorage.getItem(key) ?? ''
    }
  } catch {
    // storage unavailable
  }
  return { indexedDb, localStorage: local }
}

/** Removes every assessment, quarantined record, backup and preference this app stored on this device. */
export const deleteAllLocalData = async (): Promise<boolean> => {
  try {
    const db = await openDB(databaseName)
    for (const store of [...db.objectStoreNames]) await db.clear(store)
    db.close()
    const keys: string[] = []
    for (let i = 0; i < window.localStorage.length; i++) {
      const key = window.localStorage.key(i)
      if (key !== null && key.startsWith(prefix)) keys.push(key)
    }
    for (const key of keys) window.localStorage.removeItem(key)
    return true
  } catch {
    return false
  }
}
