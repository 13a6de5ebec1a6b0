/**
 * Opens the database for one piece of work and closes it after, turning any failure into a
 * storage failure result: how the stores that load with their screens (department responses,
 * evidence files) reach IndexedDB without keeping a connection open.
 */
import type { Db } from './idbSchema'
import { openDatabase } from './indexedDbStorage'
import { storageFailure, type StorageFailure } from './storageErrors'

export type Failure = { ok: false; reason: StorageFailure; detail: string }

export const withDatabase = async <T>(
  name: string,
  work: (db: Db) => Promise<T>,
): Promise<T | Failure> => {
  let db: Db | undefined
  try {
    db = await openDatabase(name)
    return await work(db)
  } catch (error) {
    return storageFailure(error)
  } finally {
    db?.close()
  }
}
