import { builtInSetIds } from '../../content/defaultIndicatorSet'
import { newResponseRecord } from '../../domain/departments/responseRecord'
import {
  readPackageBytes,
  type DepartmentFileProblem,
  type FileSetProblem,
} from '../../domain/departments/readDepartmentFile'
import { importLimits } from '../../domain/exchange/importLimits'
import type { Language } from '../../domain/language'
import { putResponse } from '../../storage/responseStorage'
import type { StorageFailure } from '../../storage/storageErrors'
import { preparePackageSet } from './packageSet'

/** What became of a chosen package file. */
export type OpenOutcome =
  /** Stored now, or stored already (the department's work on it is kept): go to it. */
  | { kind: 'opened'; packageId: string; added: boolean }
  | { kind: 'refused'; problem: DepartmentFileProblem | FileSetProblem }
  | { kind: 'not-stored'; reason: StorageFailure | 'damaged' }

/**
 * Opens a package file: its size before reading it, then every check of a package, then its
 * indicator set; stores it as a new response unless this browser answers it already, in which
 * case the stored work is kept and opened. Nothing is stored on refusal. Never rejects.
 */
export const openPackageFile = async (
  file: File,
  language: Language,
  now: () => string,
): Promise<OpenOutcome> => {
  const { maxBytes } = importLimits
  if (file.size > maxBytes)
    return { kind: 'refused', problem: { kind: 'too-large', bytes: file.size, maxBytes } }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { kind: 'refused', problem: { kind: 'not-json', line: null, column: null } }
  }
  const read = readPackageBytes(bytes, builtInSetIds)
  if (!read.ok) return { kind: 'refused', problem: read.problem }
  let set: Awaited<ReturnType<typeof preparePackageSet>>
  try {
    set = await preparePackageSet(read.file, language)
  } catch {
    return { kind: 'not-stored', reason: 'unavailable' }
  }
  if (!set.ok) return { kind: 'refused', problem: set.problem }
  const stored = await putResponse(newResponseRecord(read.file, now()), null)
  if (stored.ok) return { kind: 'opened', packageId: read.file.packageId, added: true }
  if (stored.reason === 'conflict' && stored.stored !== null)
    return { kind: 'opened', packageId: read.file.packageId, added: false }
  if (stored.reason === 'conflict') return { kind: 'not-stored', reason: 'failed' }
  return { kind: 'not-stored', reason: stored.reason }
}
