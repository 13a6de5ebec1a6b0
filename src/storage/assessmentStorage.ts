import type { Assessment } from '../domain/assessment/assessment'
import type { RecordProblem } from '../domain/assessment/envelope'
import type { StorageFailure } from './storageErrors'

/** A stored record that could not be read; its raw text is kept aside, never overwritten. */
export type DamagedRecord = {
  key: string
  raw: string
  problem: RecordProblem
}

/** `backups`: how many automatic backups are stored (the home page offers them when there are any). */
export type LoadResult = { assessments: Assessment[]; damaged: DamagedRecord[]; backups: number }

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
  | { ok: false; reason: StorageFailure; detail: string }

/**
 * What overwrote the records of a backup: an import, the restore of an older backup, or moving an
 * assessment to a newer version of its indicator set.
 */
export type BackupReason = 'pre-import' | 'pre-restore' | 'before-version-move'

/** The stored text of records as they were just before an import, a restore or a move replaced them. */
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
   * revision. Returns the assessments as stored.
   */
  replaceMany(assessments: readonly Assessment[], reason?: BackupReason): Promise<ReplaceManyResult>
}
