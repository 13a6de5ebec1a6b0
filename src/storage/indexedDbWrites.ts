/**
 * The IndexedDB writes that only imports, restores, version moves and the user's indicator sets
 * need (see `indexedDbStorage.ts` for the database): fetched on first use, so the first screen
 * never downloads them.
 */
import type { Assessment } from '../domain/assessment/assessment'
import { EnvelopeSchema, wrapAssessment } from '../domain/assessment/envelope'
import type {
  BackupReason,
  BackupRecord,
  ReplaceManyResult,
  SaveSetsResult,
  StoredSetText,
} from './assessmentStorage'
import { parseRecord, rollBack, type Db } from './idbSchema'
import { storageFailure } from './storageErrors'

/** The open database, and what the envelope of a written record says. */
export type WriteContext = { db: Db; appVersion: string; now: () => string }

type SetsStore = {
  get(key: string): Promise<string | undefined>
  put(value: string, key: string): Promise<string>
}

/**
 * Writes the sets not stored yet, in the caller's transaction: the keys added, or the key of a
 * set stored with other content (the caller then rolls the transaction back, so nothing stays).
 */
export const putSets = async (
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

/** Stores sets in one transaction: all of them, or none when one conflicts or a write fails. */
export const saveSets = async (db: Db, sets: readonly StoredSetText[]): Promise<SaveSetsResult> => {
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

/** `AssessmentStorage.replaceMany` for IndexedDB (see there). */
export const replaceMany = async (
  { db, appVersion, now }: WriteContext,
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
