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
 * Database versions: 1 — `assessments`, `quarantine`; 2 — adds `backups`; 3 — adds `sets`
 * (records untouched by each upgrade).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Assessment } from '../domain/assessment/assessment'
import { EnvelopeSchema, readRecordText, wrapAssessment } from '../domain/assessment/envelope'
import type {
  AssessmentStorage,
  BackupReason,
  BackupRecord,
  DamagedRecord,
  LoadResult,
  ReplaceManyResult,
  SaveResult,
  SaveSetsResult,
  StoredSetText,
} from './assessmentStorage'
import { storageFailure } from './storageErrors'

export const databaseName = 'smart-city-maturity'
export const databaseVersion = 3

interface Schema extends DBSchema {
  assessments: { key: string; value: string }
  quarantine: { key: string; value: { raw: string; problem: string; quarantinedAt: string } }
  backups: { key: number; value: BackupRecord }
  sets: { key: string; value: string }
}

type Db = IDBPDatabase<Schema>

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
    },
  })

/** Rolls a transaction back and waits for it to end: a transaction left alone commits. */
const rollBack = async (tx: { abort(): void; done: Promise<void> }): Promise<void> => {
  try {
    tx.abort()
  } catch {
    // already finished or aborted by the browser
  }
  await tx.done.catch(() => undefined)
}

type SetsStore = {
  get(key: string): Promise<string | undefined>
  put(value: string, key: string): Promise<string>
}

/**
 * Writes the sets not stored yet; null when done, else the key of a set stored with other content
 * (the caller rolls the transaction back, so nothing of it stays).
 */
const putSets = async (
  store: SetsStore,
  sets: readonly StoredSetText[],
): Promise<{ added: string[] } | { conflict: string }> => {
  const added: string[] = []
  for (const { key, text } of sets) {
    const stored = await store.get(key)
    if (stored === text) continue
    if (stored !== undefined) return { conflict: key }
    await store.put(text, key)
    added.push(key)
  }
  return { added }
}

const parseRecord = (
  key: string,
  raw: string,
): { ok: true; assessment: Assessment } | { ok: false; damaged: DamagedRecord } => {
  const read = readRecordText(raw)
  if (!read.ok) return { ok: false, damaged: { key, raw, problem: read.problem } }
  if (read.envelope.assessment.id !== key) {
    return {
      ok: false,
      damaged: {
        key,
        raw,
        problem: {
          kind: 'invalid',
          issues: [{ path: 'assessment.id', message: 'does not match the record key' }],
        },
      },
    }
  }
  return { ok: true, assessment: read.envelope.assessment }
}

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

  const replaceMany = async (
    incoming: readonly Assessment[],
    reason: BackupReason = 'pre-import',
    sets: readonly StoredSetText[] = [],
  ): Promise<ReplaceManyResult> => {
    // Validate everything before the transaction starts: nothing half-checked is ever written.
    const savedAt = now()
    const envelopes = incoming.map((a) => wrapAssessment(a, appVersion, savedAt))
    for (const envelope of envelopes) {
      const check = EnvelopeSchema.safeParse(envelope)
      if (!check.success)
        return {
          ok: false,
          reason: 'invalid',
          detail: `${envelope.assessment.id}: ${check.error.issues[0]?.message ?? ''}`,
        }
    }
    const tx = db.transaction(['assessments', 'backups', 'sets'], 'readwrite', {
      durability: 'strict',
    })
    try {
      // The sets first: an assessment is never stored without the set it is scored with.
      const setsWritten = await putSets(tx.objectStore('sets'), sets)
      if ('conflict' in setsWritten) {
        await rollBack(tx)
        return { ok: false, reason: 'different-set', key: setsWritten.conflict }
      }
      const store = tx.objectStore('assessments')
      const replaced: { key: string; raw: string }[] = []
      const written: Assessment[] = []
      for (const envelope of envelopes) {
        const { id } = envelope.assessment
        const raw = await store.get(id)
        if (raw === undefined) {
          written.push(envelope.assessment)
          continue
        }
        const stored = parseRecord(id, raw)
        if (!stored.ok) {
          await rollBack(tx)
          return { ok: false, reason: 'blocked', id }
        }
        replaced.push({ key: id, raw })
        written.push({
          ...envelope.assessment,
          revision: Math.max(stored.assessment.revision, envelope.assessment.revision) + 1,
        })
      }
      const backup: BackupRecord | null =
        replaced.length === 0 ? null : { createdAt: savedAt, reason, records: replaced }
      if (backup !== null) await tx.objectStore('backups').add(backup)
      for (const assessment of written)
        await store.put(
          JSON.stringify(wrapAssessment(assessment, appVersion, savedAt)),
          assessment.id,
        )
      await tx.done
      return { ok: true, assessments: written, backup }
    } catch (error) {
      // A failed write must roll back the ones before it.
      await rollBack(tx)
      return storageFailure(error)
    }
  }

  const saveSets = async (sets: readonly StoredSetText[]): Promise<SaveSetsResult> => {
    const tx = db.transaction('sets', 'readwrite', { durability: 'strict' })
    try {
      const written = await putSets(tx.store, sets)
      if ('conflict' in written) {
        await rollBack(tx)
        return { ok: false, reason: 'different-set', key: written.conflict }
      }
      await tx.done
      return { ok: true, added: written.added }
    } catch (error) {
      await rollBack(tx)
      return storageFailure(error)
    }
  }

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
