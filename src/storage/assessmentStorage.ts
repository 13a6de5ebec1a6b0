import type { Assessment } from '../domain/assessment/assessment'
import type { EnvelopeProblem } from '../domain/assessment/envelope'
import type { StorageFailure } from './storageErrors'

/** A stored record that could not be read; its raw text is kept aside, never overwritten. */
export type DamagedRecord = {
  key: string
  raw: string
  problem: EnvelopeProblem | { kind: 'not-json' }
}

export type LoadResult = { assessments: Assessment[]; damaged: DamagedRecord[] }

export type SaveResult =
  | { ok: true; assessment: Assessment }
  | { ok: false; reason: 'conflict'; stored: Assessment }
  | { ok: false; reason: 'blocked' }
  | { ok: false; reason: StorageFailure; detail: string }

/**
 * Where assessments live. `save` is a compare-and-write: it succeeds only when the stored revision
 * equals `assessment.revision` (0 for a new one), then stores it with revision + 1.
 */
export type AssessmentStorage = {
  kind: 'indexeddb' | 'memory'
  loadAll(): Promise<LoadResult>
  save(assessment: Assessment): Promise<SaveResult>
  remove(id: string): Promise<{ ok: true } | { ok: false; reason: StorageFailure; detail: string }>
}
