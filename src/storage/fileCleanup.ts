/**
 * Removing the evidence files nothing refers to any more. Loaded only when there may be such
 * files (after a delete can no longer be undone, and once after loading).
 */
import { mentionedFileHashes } from '../domain/files/fileReferences'
import { setFilesStored } from './filesStoredFlag'
import { rollBack } from './idbSchema'
import { databaseName, openDatabase } from './indexedDbStorage'
import { storageFailure, type StorageFailure } from './storageErrors'

export type CleanUpResult =
  { ok: true; removed: string[] } | { ok: false; reason: StorageFailure; detail: string }

/**
 * Removes every stored file that none of these attach: `keep` (the assessments in memory, with
 * edits perhaps not yet saved and a deleted one whose delete can still be undone), the stored
 * assessment records, the records kept aside as unreadable, the automatic backups and the
 * departments' responses (their text is searched for `"sha256": "<hash>"`). A file stored at or
 * after `storedBefore` (ISO date-time) is kept too: another tab may have stored it and not yet
 * saved the answer that attaches it. Reading and removing happen in one transaction, so no record
 * written meanwhile can be missed. Returns the hashes removed; when none are left, clears the
 * "files may be stored" flag (`filesStoredFlag.ts`).
 */
export const removeUnattachedFiles = async (
  keep: ReadonlySet<string>,
  storedBefore: string,
  name: string = databaseName,
): Promise<CleanUpResult> => {
  try {
    const db = await openDatabase(name)
    try {
      const tx = db.transaction(
        ['assessments', 'quarantine', 'backups', 'responses', 'files'],
        'readwrite',
        { durability: 'strict' },
      )
      try {
        const [records, quarantined, backups, responses] = await Promise.all([
          tx.objectStore('assessments').getAll(),
          tx.objectStore('quarantine').getAll(),
          tx.objectStore('backups').getAll(),
          tx.objectStore('responses').getAll(),
        ])
        const texts = [
          ...records,
          ...quarantined.map((q) => q.raw),
          ...backups.flatMap((b) => b.records.map((r) => r.raw)),
          ...responses,
        ]
        const referred = new Set(keep)
        for (const text of texts) for (const hash of mentionedFileHashes(text)) referred.add(hash)
        const removed: string[] = []
        let cursor = await tx.objectStore('files').openCursor()
        while (cursor !== null) {
          if (!referred.has(cursor.key) && cursor.value.storedAt < storedBefore) {
            removed.push(cursor.key)
            await cursor.delete()
          }
          cursor = await cursor.continue()
        }
        const left = await tx.objectStore('files').count()
        await tx.done
        if (left === 0) setFilesStored(false)
        return { ok: true, removed }
      } catch (error) {
        await rollBack(tx)
        return storageFailure(error)
      }
    } finally {
      db.close()
    }
  } catch (error) {
    return storageFailure(error)
  }
}
