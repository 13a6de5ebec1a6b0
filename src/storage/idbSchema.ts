/**
 * The shape of the IndexedDB database (`indexedDbStorage.ts` opens and upgrades it) and what every
 * module writing to it shares.
 */
import type { DBSchema, IDBPDatabase } from 'idb'
import type { Assessment } from '../domain/assessment/assessment'
import { readRecordText } from '../domain/assessment/envelope'
import type { BackupRecord, DamagedRecord } from './assessmentStorage'

export interface Schema extends DBSchema {
  assessments: { key: string; value: string }
  quarantine: { key: string; value: { raw: string; problem: string; quarantinedAt: string } }
  backups: { key: number; value: BackupRecord }
  sets: { key: string; value: string }
  /** A department's work on a package, by package id (`responseStorage.ts`). */
  responses: { key: string; value: string }
  files: { key: string; value: StoredFile }
}

/**
 * An evidence file's bytes under the SHA-256 (hex) of those bytes: one copy however many answers
 * attach it. Its names live in the answers that attach it.
 */
export type StoredFile = { blob: Blob; size: number; storedAt: string }

export type Db = IDBPDatabase<Schema>

/** Rolls a transaction back and waits for it to end: a transaction left alone commits. */
export const rollBack = async (tx: { abort(): void; done: Promise<void> }): Promise<void> => {
  try {
    tx.abort()
  } catch {
    // already finished or aborted by the browser
  }
  await tx.done.catch(() => undefined)
}

/** A stored record read back: its assessment, or why it is damaged (its key must be its id). */
export const parseRecord = (
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
