/**
 * Reading the automatic backups that imports and restores leave in IndexedDB's `backups` store
 * (see `replaceMany` in `indexedDbStorage.ts`). Only the home page's backups panel reads them, so
 * this is a module of its own, fetched with that panel rather than the first download.
 */
import type { StoredBackup } from './assessmentStorage'
import { databaseName, openDatabase } from './indexedDbStorage'
import { storageFailure, type StorageFailure } from './storageErrors'

export type BackupList =
  { ok: true; backups: StoredBackup[] } | { ok: false; reason: StorageFailure; detail: string }

/** Every backup with the key it is stored under, oldest first (keys only increase). */
export const readBackups = async (name: string = databaseName): Promise<BackupList> => {
  try {
    const db = await openDatabase(name)
    try {
      const tx = db.transaction('backups', 'readonly')
      const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()])
      await tx.done
      const backups = keys.flatMap((key, i) => {
        const backup = values[i]
        return backup === undefined ? [] : [{ key, backup }]
      })
      return { ok: true, backups }
    } finally {
      db.close()
    }
  } catch (error) {
    return storageFailure(error)
  }
}
