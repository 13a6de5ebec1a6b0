/**
 * IndexedDB storage: one record per assessment, the JSON text of its versioned envelope, keyed by
 * assessment id. Unreadable records are copied to the `quarantine` store on load and block writes
 * to their key, so a transient problem never becomes permanent loss. An import (or the restore
 * of a backup) replaces records in one transaction, after copying the records it replaces to the
 * `backups` store.
 *
 * Indicator sets brought by the user live in `sets`: the text of each set file under
 * `setId@version`, written once and never changed (one id and version, one content).
 *
 * A department's work on a package it answers lives in `responses` (`responseStorage.ts`); evidence
 * files attached to answers, in `files`, keyed by the SHA-256 of their bytes (`fileStorage.ts`).
 *
 * Database versions: 1 — `assessments`, `quarantine`; 2 — adds `backups`; 3 — adds `sets`;
 * 4 — adds `responses` and `files` (records untouched by each upgrade).
 */
import { openDB } from 'idb'
import type { Assessment } from '../domain/assessment/assessment'
import { wrapAssessment } from '../domain/assessment/envelope'
import type {
  AssessmentStorage,
  DamagedRecord,
  LoadResult,
  SaveResult,
  SaveSetsResult,
  StoredSetText,
} from './assessmentStorage'
import { parseRecord, rollBack, type Db, type Schema } from './idbSchema'
import { storageFailure } from './storageErrors'

export const databaseName = 'smart-city-maturity'
export const databaseVersion = 4

/** Opens the database, creating or upgrading its stores step by step from any older version. */
export const openDatabase = (name: string): Promise<Db> =>
  openDB<Schema>(name, databaseVersion, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('assessments')
        database.createObjectStore('quarantine')
      }
      if (oldVersion < 2) database.createObjectStore('backups', { autoIncrement: true })
      if (oldVersion < 3) database.createObjectStore('sets')
      if (oldVersion < 4) {
        database.createObjectStore('responses')
        database.createObjectStore('files')
      }
    },
  })

export const openIndexedDbStorage = async (
  appVersion: string,
  now: () => string,
  name: string = databaseName,
): Promise<AssessmentStorage> => {
  const db: Db = await openDatabase(name)

  const loadAll = async (): Promise<LoadResult> => {
    const tx = db.transaction(['assessments', 'quarantine', 'backups', 'sets'], 'readwrite', {
      durability: 'strict',
    })
    const keys = await tx.objectStore('assessments').getAllKeys()
    const assessments: Assessment[] = []
    const damaged: DamagedRecord[] = []
    for (const key of keys) {
      const raw = await tx.objectStore('assessments').get(key)
      if (raw === undefined) continue
      const parsed = parseRecord(key, typeof raw === 'string' ? raw : JSON.stringify(raw))
      if (parsed.ok) {
        assessments.push(parsed.assessment)
      } else {
        damaged.push(parsed.damaged)
        // Keep the first copy: it is the evidence of what was there before anything else ran.
        if ((await tx.objectStore('quarantine').get(key)) === undefined) {
          await tx.objectStore('quarantine').put(
            {
              raw: parsed.damaged.raw,
              problem: parsed.damaged.problem.kind,
              quarantinedAt: now(),
            },
            key,
          )
        }
      }
    }
    const backups = await tx.objectStore('backups').count()
    const setKeys = await tx.objectStore('sets').getAllKeys()
    const setTexts = await tx.objectStore('sets').getAll()
    await tx.done
    const sets = setKeys.flatMap((key, i) => {
      const text = setTexts[i]
      return typeof text === 'string' ? [{ key, text }] : []
    })
    return { assessments, damaged, backups, sets }
  }

  const save = async (assessment: Assessment): Promise<SaveResult> => {
    try {
      const tx = db.transaction('assessments', 'readwrite', { durability: 'strict' })
      const storedRaw = await tx.store.get(assessment.id)
      if (storedRaw !== undefined) {
        const stored = parseRecord(assessment.id, storedRaw)
        if (!stored.ok) {
          await rollBack(tx)
          return { ok: false, reason: 'blocked' }
        }
        if (stored.assessment.revision !== assessment.revision) {
          await rollBack(tx)
          return { ok: false, reason: 'conflict', stored: stored.assessment }
        }
      } else if (assessment.revision !== 0) {
        await rollBack(tx)
        return {
          ok: false,
          reason: 'failed',
          detail: 'the assessment is no longer stored (deleted in another tab?)',
        }
      }
      const savedAt = now()
      const next: Assessment = {
        ...assessment,
        revision: assessment.revision + 1,
        updatedAt: savedAt,
      }
      await tx.store.put(JSON.stringify(wrapAssessment(next, appVersion, savedAt)), assessment.id)
      await tx.done
      return { ok: true, assessment: next }
    } catch (error) {
      return storageFailure(error)
    }
  }

  const remove: AssessmentStorage['remove'] = async (id) => {
    try {
      await db.delete('assessments', id)
      return { ok: true }
    } catch (error) {
      return storageFailure(error)
    }
  }

  // Imports, restores and moves only: fetched on first use, never for the first screen.
  const replaceMany: AssessmentStorage['replaceMany'] = (incoming, reason, sets) =>
    import('./indexedDbWrites').then(
      (module) => module.replaceMany({ db, appVersion, now }, incoming, reason, sets),
      (error: unknown) => storageFailure(error),
    )

  const saveSets = (sets: readonly StoredSetText[]): Promise<SaveSetsResult> =>
    import('./indexedDbWrites').then(
      (module) => module.saveSets(db, sets),
      (error: unknown) => storageFailure(error),
    )

  return { kind: 'indexeddb', loadAll, save, remove, replaceMany, saveSets }
}

/** The quarantined raw text of a damaged record, for download. */
export const readQuarantine = async (
  key: string,
  name: string = databaseName,
): Promise<string | undefined> => {
  const db = await openDatabase(name)
  try {
    return (await db.get('quarantine', key))?.raw
  } finally {
    db.close()
  }
}
