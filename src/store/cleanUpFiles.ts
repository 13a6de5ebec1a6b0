/**
 * Removes the evidence files no assessment, record, backup or response attaches any more. Loaded
 * only when that may be so (see `startFileCleanup.ts`).
 */
import type { Assessment } from '../domain/assessment/assessment'
import { attachedFileHashes } from '../domain/files/fileReferences'
import { removeUnattachedFiles, type CleanUpResult } from '../storage/fileCleanup'

/**
 * How long a newly stored file is kept though nothing attaches it yet: another tab may have stored
 * it and still be saving the answer that attaches it (a save waits for a pause in typing; a
 * failing one retries).
 */
export const newFileGraceMs = 24 * 60 * 60 * 1000

/** Removes what neither `kept` (in memory) nor any stored text attaches; `now` is an ISO date-time. */
export const cleanUpFiles = (
  kept: readonly Assessment[],
  now: string,
  databaseName?: string,
): Promise<CleanUpResult> =>
  removeUnattachedFiles(
    attachedFileHashes(kept),
    new Date(Date.parse(now) - newFileGraceMs).toISOString(),
    databaseName,
  )
