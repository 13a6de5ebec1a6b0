/**
 * A department's work on the packages this browser answers: one record per package in the
 * IndexedDB store `responses`, keyed by package id, as the JSON text of `ResponseRecordSchema`.
 * Loaded only with the department screens. Every function returns a result and never throws; a
 * stored record that cannot be read is reported, never overwritten.
 */
import {
  readResponseRecord,
  serialiseResponseRecord,
  type ResponseRecord,
  type ResponseRecordProblem,
} from '../domain/departments/responseRecord'
import { rollBack } from './idbSchema'
import { databaseName } from './indexedDbStorage'
import { clearResponseJournal } from './responseJournal'
import { withDatabase, type Failure } from './withDatabase'

/** A stored record that cannot be read: kept as it is, and listed so it can be removed. */
export type DamagedResponse = { packageId: string; problem: ResponseRecordProblem }

export type ListResult =
  { ok: true; records: ResponseRecord[]; damaged: DamagedResponse[] } | Failure

export type GetResult =
  | { ok: true; record: ResponseRecord | null }
  | { ok: false; reason: 'damaged'; problem: ResponseRecordProblem }
  | Failure

export type PutResult =
  | { ok: true; record: ResponseRecord }
  /** What is stored is not what the writer last read (another tab wrote, or it was removed). */
  | { ok: false; reason: 'conflict'; stored: ResponseRecord | null }
  /** The stored record cannot be read: it is kept, not overwritten. */
  | { ok: false; reason: 'damaged'; problem: ResponseRecordProblem }
  | Failure

/** Every stored response, newest change first, and the keys of those that cannot be read. */
export const listResponses = (name: string = databaseName): Promise<ListResult> =>
  withDatabase(name, async (db) => {
    const tx = db.transaction('responses', 'readonly')
    const keys = await tx.store.getAllKeys()
    const values = await tx.store.getAll()
    await tx.done
    const records: ResponseRecord[] = []
    const damaged: DamagedResponse[] = []
    keys.forEach((packageId, i) => {
      const read = readResponseRecord(String(values[i]))
      if (!read.ok) damaged.push({ packageId, problem: read.problem })
      else if (read.record.package.packageId !== packageId)
        damaged.push({ packageId, problem: { kind: 'invalid', path: 'package.packageId' } })
      else records.push(read.record)
    })
    records.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    return { ok: true as const, records, damaged }
  })

const readStored = (
  packageId: string,
  raw: string | undefined,
): { ok: true; record: ResponseRecord | null } | { ok: false; problem: ResponseRecordProblem } => {
  if (raw === undefined) return { ok: true, record: null }
  const read = readResponseRecord(raw)
  if (!read.ok) return read
  if (read.record.package.packageId !== packageId)
    return { ok: false, problem: { kind: 'invalid', path: 'package.packageId' } }
  return read
}

/** The stored response to a package; null when this browser does not answer it. */
export const getResponse = (packageId: string, name: string = databaseName): Promise<GetResult> =>
  withDatabase(name, async (db) => {
    const stored = readStored(packageId, await db.get('responses', packageId))
    return stored.ok
      ? stored
      : { ok: false as const, reason: 'damaged' as const, problem: stored.problem }
  })

/**
 * Writes `record` only if what is stored is still what the writer read: nothing when
 * `expectedUpdatedAt` is null (a package opened for the first time), else a record last changed
 * at `expectedUpdatedAt`. So a second tab, or a package opened twice, never overwrites work it
 * has not seen; it gets the stored record back instead.
 */
export const putResponse = (
  record: ResponseRecord,
  expectedUpdatedAt: string | null,
  name: string = databaseName,
): Promise<PutResult> =>
  withDatabase(name, async (db) => {
    const key = record.package.packageId
    const tx = db.transaction('responses', 'readwrite', { durability: 'strict' })
    const stored = readStored(key, await tx.store.get(key))
    if (!stored.ok) {
      await rollBack(tx)
      return { ok: false as const, reason: 'damaged' as const, problem: stored.problem }
    }
    if ((stored.record?.updatedAt ?? null) !== expectedUpdatedAt) {
      await rollBack(tx)
      return { ok: false as const, reason: 'conflict' as const, stored: stored.record }
    }
    await tx.store.put(serialiseResponseRecord(record), key)
    await tx.done
    return { ok: true as const, record }
  })

/** Removes a package's response (its answers too, and any journalled work) from this browser. */
export const removeResponse = (
  packageId: string,
  name: string = databaseName,
): Promise<{ ok: true } | Failure> =>
  withDatabase(name, async (db) => {
    await db.delete('responses', packageId)
    clearResponseJournal(packageId)
    return { ok: true as const }
  })
