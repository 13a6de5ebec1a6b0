/**
 * What a department's browser keeps of its work on one package: the package file as it was
 * opened, the department's answers (each with the time it was last changed), who is answering,
 * and when the work was opened, last changed and last returned. Stored as JSON text in the
 * IndexedDB store `responses`, keyed by package id (`src/storage/responseStorage.ts`).
 *
 * Versions: 1 — the first.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { RespondentSchema } from './departmentSchema'
import { PackageFileSchema, type PackageFile } from './packageFile'
import { ReturnedAnswerSchema } from './returnFile'
import { IndicatorIdSchema } from '../indicators/schema'
import type { Answer } from '../assessment/answer'

export const responseRecordFormat = 'smartcity-department-response'
export const responseRecordVersion = 1

export const ResponseRecordSchema = z.strictObject({
  format: z.literal(responseRecordFormat),
  schemaVersion: z.literal(responseRecordVersion),
  /** The package file as opened: read again with every check before it was first stored. */
  package: PackageFileSchema,
  /** The department's answers, only to the package's indicators; an open one is absent. */
  answers: z.record(IndicatorIdSchema, ReturnedAnswerSchema),
  /** Who answers, typed in once; absent until then. */
  respondent: z.optional(RespondentSchema),
  openedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  lastReturnedAt: z.optional(z.iso.datetime()),
})
export type ResponseRecord = z.infer<typeof ResponseRecordSchema>

/** The record of a package just opened: no answers of the department's own yet. */
export const newResponseRecord = (pkg: PackageFile, openedAt: string): ResponseRecord => ({
  format: responseRecordFormat,
  schemaVersion: responseRecordVersion,
  package: pkg,
  answers: {},
  openedAt,
  updatedAt: openedAt,
})

/** Why a stored record cannot be read. */
export type ResponseRecordProblem =
  | { kind: 'not-json' }
  | { kind: 'invalid'; path: string }
  /** An answer to an indicator the package does not assign (never written by this app). */
  | { kind: 'answer-not-assigned'; id: string }

export type ResponseRecordRead =
  { ok: true; record: ResponseRecord } | { ok: false; problem: ResponseRecordProblem }

/**
 * Reads a stored record's text. Never throws: text that is not JSON, does not match the schema,
 * or answers an indicator the package does not list is a problem, not an exception.
 */
export const readResponseRecord = (text: string): ResponseRecordRead => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, problem: { kind: 'not-json' } }
  }
  const parsed = ResponseRecordSchema.safeParse(json)
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') ?? ''
    return { ok: false, problem: { kind: 'invalid', path } }
  }
  const assigned = new Set(parsed.data.package.indicatorIds)
  const stray = Object.keys(parsed.data.answers).find((id) => !assigned.has(id))
  if (stray !== undefined) return { ok: false, problem: { kind: 'answer-not-assigned', id: stray } }
  return { ok: true, record: parsed.data }
}

/** The record's text as stored. */
export const serialiseResponseRecord = (record: ResponseRecord): string => JSON.stringify(record)

/**
 * The answer a department's workspace shows for an indicator: its own (an empty answer when it
 * cleared one the package carried), else the one the package carried, else none.
 */
export const shownAnswer = (record: ResponseRecord, indicatorId: string): Answer | undefined =>
  record.answers[indicatorId]?.answer ?? record.package.answers[indicatorId]

/**
 * How many of the package's indicators are answered (a value), marked not applicable, or still
 * open, counting the answer shown for each (`shownAnswer`): open + answered + N/A = the package's
 * indicators.
 */
export const responseProgress = (
  record: ResponseRecord,
): { answered: number; notApplicable: number; open: number } => {
  let answered = 0
  let notApplicable = 0
  for (const id of record.package.indicatorIds) {
    const answer = shownAnswer(record, id)
    if (answer?.notApplicable !== undefined) notApplicable++
    else if (answer?.value !== undefined) answered++
  }
  const total = record.package.indicatorIds.length
  return { answered, notApplicable, open: total - answered - notApplicable }
}
