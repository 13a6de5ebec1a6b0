/**
 * IndexedDB storage: one record per assessment, the JSON text of its versioned envelope, keyed by
 * assessment id. Unreadable records are copied to the `quarantine` store on load and block writes
 * to their key, so a transient problem never becomes permanent loss.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { Assessment } from '../domain/assessment/assessment'
import { readEnvelope, wrapAssessment } from '../domain/assessment/envelope'
import type { AssessmentStorage, DamagedRecord, LoadResult, SaveResult } from './assessmentStorage'
import { classifyStorageError, describeError } from './storageErrors'

export const databaseName = 'smart-city-maturity'

interface Schema extends DBSchema {
  assessments: { key: string; value: string }
  quarantine: { key: string; value: { raw: string; problem: string; quarantinedAt: string } }
}

type Db = IDBPDatabase<Schema>

const parseRecord = (
  key: string,
  raw: string,
): { ok: true; assessment: Assessment } | { ok: false; damaged: DamagedRecord } => {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { ok: false, damaged: { key, raw, problem: { kind: 'not-json' } } }
  }
  const read = readEnvelope(json)
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
): Promise<AssessmentStorage> => {
  const db: Db = await openDB<Schema>(databaseName, 1, {
    upgrade(database) {
      database.createObjectStore('assessments')
      database.createObjectStore('quarantine')
    },
  })

  const loadAll = async (): Promise<LoadResult> => {
    const tx = db.transaction(['assessments', 'quarantine'], 'readwrite', { durability: 'strict' })
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
    await tx.done
    return { assessments, damaged }
  }

  const save = async (assessment: Assessment): Promise<SaveResult> => {
    try {
      const tx = db.transaction('assessments', 'readwrite', { durability: 'strict' })
      const storedRaw = await tx.store.get(assessment.id)
      if (storedRaw !== undefined) {
        const stored = parseRecord(assessment.id, storedRaw)
        if (!stored.ok) {
          tx.abort()
          await tx.done.catch(() => undefined)
          return { ok: false, reason: 'blocked' }
        }
        if (stored.assessment.revision !== assessment.revision) {
          tx.abort()
          await tx.done.catch(() => undefined)
          return { ok: false, reason: 'conflict', stored: stored.assessment }
        }
      } else if (assessment.revision !== 0) {
        tx.abort()
        await tx.done.catch(() => undefined)
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
      return { ok: false, reason: classifyStorageError(error), detail: describeError(error) }
    }
  }

  const remove: AssessmentStorage['remove'] = async (id) => {
    try {
      await db.delete('assessments', id)
      return { ok: true }
    } catch (error) {
      return { ok: false, reason: classifyStorageError(error), detail: describeError(error) }
    }
  }

  return { kind: 'indexeddb', loadAll, save, remove }
}

/** The quarantined raw text of a damaged record, for download. */
export const readQuarantine = async (key: string): Promise<string | undefined> => {
  const db = await openDB<Schema>(databaseName, 1)
  return (await db.get('quarantine', key))?.raw
}
