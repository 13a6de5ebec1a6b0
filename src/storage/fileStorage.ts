/**
 * Evidence files attached to answers: their bytes in the IndexedDB store `files`, keyed by the
 * SHA-256 (hex) of those bytes, so the same document attached twice (to two answers, or in two
 * assessments) is kept once. The answers hold the names (`AnswerSchema.files`). Loaded only when a
 * file is attached, shown, exported or imported. Every function returns a result and never throws.
 *
 * Writing checks the browser's storage estimate first: a file that would not fit is refused
 * (`no-room`) before anything is written, and a write is one transaction, so nothing is ever
 * stored half-way.
 */
import { setFilesStored } from './filesStoredFlag'
import { rollBack, type StoredFile } from './idbSchema'
import { databaseName } from './indexedDbStorage'
import { storageFailure } from './storageErrors'
import { withDatabase, type Failure } from './withDatabase'
import type { StoreFileResult } from '../domain/files/storeFileResult'

/** At most 25 MB per file: the scanned annual report of a hotline is about 10 MB. */
export const maxFileBytes = 25 * 1024 * 1024

/** What must stay free beyond the file: the app's own records must still be written after it. */
export const headroomBytes = 5 * 1024 * 1024

/** See `StoreFileResult`: the storage's failures are the ones it names. */
export type PutFileResult = StoreFileResult

/** How much room the browser reports, or null when it cannot say (then the write is attempted). */
export type EstimateStorage = () => Promise<{ quota?: number; usage?: number } | null>

const browserEstimate: EstimateStorage = async () =>
  typeof navigator !== 'undefined' && navigator.storage?.estimate !== undefined
    ? navigator.storage.estimate()
    : null

/**
 * Stores `blob` under `sha256` (the caller hashed its bytes). A hash already stored is kept as it
 * is (`already-kept`: same hash, same bytes). Refused when larger than `maxFileBytes`, or when the
 * storage estimate leaves less than the file plus `headroomBytes`.
 */
export const putFile = async (
  sha256: string,
  blob: Blob,
  storedAt: string,
  options: { name?: string; estimate?: EstimateStorage } = {},
): Promise<PutFileResult> => {
  if (blob.size > maxFileBytes)
    return { ok: false, reason: 'too-large', size: blob.size, max: maxFileBytes }
  const { name = databaseName, estimate = browserEstimate } = options
  const room = await estimate().catch(() => null)
  if (room?.quota !== undefined && room.usage !== undefined) {
    const available = Math.max(0, room.quota - room.usage)
    if (available < blob.size + headroomBytes)
      return { ok: false, reason: 'no-room', needed: blob.size + headroomBytes, available }
  }
  return withDatabase(name, async (db) => {
    const tx = db.transaction('files', 'readwrite', { durability: 'strict' })
    try {
      if ((await tx.store.getKey(sha256)) !== undefined) {
        await tx.done
        return { ok: true as const, stored: 'already-kept' as const }
      }
      const value: StoredFile = { blob, size: blob.size, storedAt }
      await tx.store.put(value, sha256)
      await tx.done
      setFilesStored(true)
      return { ok: true as const, stored: 'new' as const }
    } catch (error) {
      await rollBack(tx)
      return storageFailure(error)
    }
  })
}

export type GetFileResult = { ok: true; file: StoredFile | null } | Failure

/** The stored file of that hash, or null when none is stored. */
export const getFile = (sha256: string, name: string = databaseName): Promise<GetFileResult> =>
  withDatabase(name, async (db) => ({
    ok: true as const,
    file: (await db.get('files', sha256)) ?? null,
  }))

/** The hashes of every stored file. */
export const storedFileHashes = (
  name: string = databaseName,
): Promise<{ ok: true; hashes: string[] } | Failure> =>
  withDatabase(name, async (db) => ({ ok: true as const, hashes: await db.getAllKeys('files') }))

/**
 * Removes every stored file whose hash is not in `keep` (the hashes that assessments, backups and
 * department responses still attach), in one transaction. Returns the hashes removed.
 */
export const removeUnreferencedFiles = (
  keep: ReadonlySet<string>,
  name: string = databaseName,
): Promise<{ ok: true; removed: string[] } | Failure> =>
  withDatabase(name, async (db) => {
    const tx = db.transaction('files', 'readwrite', { durability: 'strict' })
    try {
      const removed = (await tx.store.getAllKeys()).filter((hash) => !keep.has(hash))
      for (const hash of removed) await tx.store.delete(hash)
      await tx.done
      return { ok: true as const, removed }
    } catch (error) {
      await rollBack(tx)
      return storageFailure(error)
    }
  })
