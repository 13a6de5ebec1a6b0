/**
 * An imported assessment waiting to be merged, answer by answer, into the one stored here of the
 * same city, year and set version. The import (exchange feature) leaves it here and opens the
 * merge screen (departments feature), which reads it: features never import each other, so the
 * hand-over goes through the store. Kept in memory only: a reload drops it, and the import can be
 * done again. One at a time: a newer offer replaces an older one.
 */
import type { Assessment } from '../domain/assessment/assessment'

let pending: { keptId: string; incoming: Assessment } | null = null

/** Leaves `incoming` to be merged into the stored assessment `keptId`. */
export const offerMerge = (keptId: string, incoming: Assessment): void => {
  pending = { keptId, incoming }
}

/** The assessment waiting to be merged into `keptId`, if any (it stays until `clearMerge`). */
export const pendingMergeFor = (keptId: string): Assessment | null =>
  pending?.keptId === keptId ? pending.incoming : null

/** Drops the waiting assessment (merged, or the coordinator turned to something else). */
export const clearMerge = (): void => {
  pending = null
}
