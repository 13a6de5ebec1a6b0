/**
 * Reading a chosen file for import, up to the point where the user must choose: the JSON checks
 * or, for a backup archive, the ZIP code's; then planning, and writing at once when nothing
 * collides. Fetched with the import session (`ImportSession`), never with the first screen.
 */
import { builtInSetIds, findIndicatorSet, loadAllSets } from '../../content/defaultIndicatorSet'
import { currentLanguage } from '../../i18n/i18n'
import type { Assessment } from '../../domain/assessment/assessment'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { parseImportBytes, type ImportProblem } from '../../domain/exchange/importFile'
import { importLimits } from '../../domain/exchange/importLimits'
import type { ImportSummary, PlanEntry } from '../../domain/exchange/planImport'
import { assessmentActions } from '../../store/appStore'
import type { ImportOutcome } from '../../store/exchangeActions'
import type { ArchiveFiles } from './backupZip'
import { loadChunk } from './loadChunk'
import { missingFilesNote } from './missingFilesNote'

type NotWritten = Exclude<ImportOutcome, { ok: true }>

/** Where an import stands after the file was read (and, without collisions, written). */
export type ImportStart =
  | { step: 'refused'; problem: ImportProblem }
  /** A backup archive refused; `describe` words its problem (it comes with the ZIP code). */
  | { step: 'refused-archive'; text: (importReason: (p: ImportProblem) => string) => string }
  | { step: 'not-written'; outcome: NotWritten }
  /** A backup's files could not be stored: nothing of its assessments was written. */
  | { step: 'files-failed'; message: string }
  | {
      step: 'choose'
      incoming: Assessment[]
      collisions: PlanEntry[]
      newCount: number
      /** Indicator sets the file brings that this browser lacks: stored with the assessments. */
      sets: IndicatorSet[]
      /** A backup's files, written before its assessments; null for a JSON file. */
      archive: ArchiveFiles | null
    }
  | { step: 'done'; summary: ImportSummary; backedUp: number; note: string | null }

const codeUnavailable = (error: unknown): ImportStart => ({
  step: 'not-written',
  outcome: { ok: false, reason: 'code-unavailable', detail: String(error) },
})

/** A backup archive: named `.zip`, typed as ZIP, or starting with a ZIP signature (`PK`). */
const isZip = async (file: File): Promise<boolean> => {
  if (/\.zip$/i.test(file.name) || file.type === 'application/zip') return true
  try {
    const head = new Uint8Array(await file.slice(0, 2).arrayBuffer())
    return head[0] === 0x50 && head[1] === 0x4b
  } catch {
    return false
  }
}

/**
 * Plans parsed assessments; when nothing collides and they bring no indicator set this browser
 * lacks, imports them at once (a backup's files first), else the user is asked first.
 */
const planParsed = async (
  parsed: { assessments: Assessment[]; sets: IndicatorSet[] },
  stale: () => boolean,
  archive: ArchiveFiles | null,
): Promise<ImportStart | null> => {
  let plan: PlanEntry[]
  try {
    plan = await assessmentActions.planImport(parsed.assessments)
  } catch (error) {
    // Only fetching the planning code can fail here; this module already holds it, so hardly ever.
    return codeUnavailable(error)
  }
  if (stale()) return null
  const collisions = plan.filter((e) => e.collision.kind !== 'new')
  if (collisions.length > 0 || parsed.sets.length > 0)
    return {
      step: 'choose',
      incoming: parsed.assessments,
      collisions,
      newCount: plan.length - collisions.length,
      sets: parsed.sets,
      archive,
    }
  if (archive !== null) {
    const written = await archive.write()
    if (!written.ok) return { step: 'files-failed', message: written.message }
  }
  const outcome = await assessmentActions.importAssessments(parsed.assessments, new Map())
  return outcome.ok
    ? {
        step: 'done',
        summary: outcome.summary,
        backedUp: outcome.backedUp,
        note: archive?.restored() ?? (await missingFilesNote(parsed.assessments)),
      }
    : { step: 'not-written', outcome }
}

/**
 * Size-checks the file before reading it (ASVS 5.2.1), decodes and parses it strictly (invalid
 * UTF-8 is refused, not replaced), checks every answer against the indicator set its assessment
 * records, and plans it (`planParsed`). A backup archive (ZIP) is read and checked whole by the
 * ZIP code, fetched now (`readBackupFile`), then planned the same way. Call it once per chosen file
 * (from the change handler, never from an effect), because it may write. Never rejects: every
 * failure is a step to show.
 *
 * `stale` says whether the user has chosen another file since. A stale file is neither planned
 * nor written: the result is then null. (A write already begun completes: it is one storage
 * transaction. The caller shows no result once the file is stale.)
 */
export const startImport = async (
  file: File,
  stale: () => boolean,
): Promise<ImportStart | null> => {
  const zip = await isZip(file)
  if (!zip && file.size > importLimits.maxBytes)
    return {
      step: 'refused',
      problem: { kind: 'too-large', bytes: file.size, maxBytes: importLimits.maxBytes },
    }
  // A file may hold assessments of any built-in set version: all are checked against their own.
  try {
    await loadAllSets(currentLanguage())
  } catch (error) {
    return codeUnavailable(error)
  }
  if (stale()) return null
  const options = { findSet: findIndicatorSet, builtInSetIds }
  if (zip) {
    const chunk = await loadChunk(() => import('./backupZip'))
    if (!chunk.ok) return codeUnavailable(chunk.detail)
    const { readBackupFile, backupProblemText } = chunk.module
    const read = await readBackupFile(file, options)
    if (stale()) return null
    if (!read.ok)
      return { step: 'refused-archive', text: (reason) => backupProblemText(read.problem, reason) }
    return planParsed(read.read, stale, read.archive)
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { step: 'refused', problem: { kind: 'not-json', line: null, column: null } }
  }
  const parsed = parseImportBytes(bytes, options)
  if (!parsed.ok) return { step: 'refused', problem: parsed.problem }
  return planParsed(parsed, stale, null)
}
