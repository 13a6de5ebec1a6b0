import type { Assessment } from '../domain/assessment/assessment'
import type { RecordProblem } from '../domain/assessment/envelope'
import type { StorageFailure } from './storageErrors'

/** A stored record that could not be read; its raw text is kept aside, never overwritten. */
export type DamagedRecord = {
  key: string
  raw: string
  problem: RecordProblem
}

/**
 * An indicator set brought by the user, as stored: the text of its set file under the key
 * `setId@version`. Storage keeps the text and never interprets it; the store reads it with the
 * same checks as an imported file.
 */
export type StoredSetText = { key: string; text: string }

/**
 * `backups`: how many automatic backups are stored (the home page offers them when there are any).
 * `sets`: the stored indicator sets brought by the user.
 */
export type LoadResult = {
  assessments: Assessment[]
  damaged: DamagedRecord[]
  backups: number
  sets: StoredSetText[]
}

/**
 * Storing indicator sets: a key already stored with the same text is kept as it is; with another
 * text, nothing is written (`different-set`): one id and version must always mean one content.
 */
export type SaveSetsResult =
  | { ok: true; added: string[] }
  | { ok: false; reason: 'different-set'; key: string }
  | { ok: false; reason: StorageFailure; detail: string }

export type SaveResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; reason: 'conflict'; stored: Assessment }
  | { ok: false; reason: 'blocked' }
  | { ok: false; reason: StorageFailure; detail: string }

export type ReplaceManyResult =
  | { ok: true; assessments: Assessment[]; backup: BackupRecord | null }
  /** A record to be replaced is unreadable (quarantined): it is evidence and is not overwritten. */
  | { ok: false; reason: 'blocked'; id: string }
  | { ok: false; reason: 'invalid'; detail: string }
  /** An indicator set to store has the key of a stored one with other content. */
  | { ok: false; reason: 'different-set'; key: string }
  | { ok: false; reason: StorageFailure; detail: string }

/**
 * What overwrote the records of a backup: an import, the restore of an older backup, or moving an
 * assessment to a newer version of its indicator set.
 */
export type BackupReason = 'pre-import' | 'pre-restore' | 'before-version-move' | 'before-merge'

/** The stored text of records as they were just before an import, a restore, a move or a merge replaced them. */
export type BackupRecord = {
  createdAt: string
  reason: BackupReason
  records: { key: string; raw: string }[]
}

/** A backup with the key it is stored under. */
export type StoredBackup = { key: number; backup: BackupRecord }

/**
 * Where assessments live. `save` is a compare-and-write: it succeeds only when the stored revision
 * equals `assessment.revision` (0 for a new one), then stores it with revision + 1.
 */
export type AssessmentStorage = {
  kind: 'indexeddb' | 'memory'
  loadAll(): Promise<LoadResult>
  save(assessment: Assessment): Promise<SaveResult>
  remove(id: string): Promise<{ ok: true } | { ok: false; reason: StorageFailure; detail: string }>
  /**
   * Writes validated assessments all at once, for an import or a restore: everything or
   * nothing. Records it replaces are first copied to a backup (marked with `reason`, by default
   * `pre-import`) in the same transaction. A replaced record gets a revision above both the
   * stored and the incoming one (so a stale copy elsewhere conflicts); a new record keeps its
   * revision. `sets` (indicator sets the assessments use) are stored in the same transaction,
   * as `saveSets` does. Returns the assessments as stored.
   */
  replaceMany(
    assessments: readonly Assessment[],
    reason?: BackupReason,
    sets?: readonly StoredSetText[],
  ): Promise<ReplaceManyResult>
  /** Stores indicator sets brought by the user, all or none (see `SaveSetsResult`). */
  saveSets(sets: readonly StoredSetText[]): Promise<SaveSetsResult>
}
