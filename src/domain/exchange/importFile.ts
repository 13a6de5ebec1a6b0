/**
 * Reads an import file strictly, never throwing: the text is unknown until every check passed.
 * Checks run in this order, each naming what is wrong and where (OWASP ASVS 1.5.2, 2.2.1, 5.2.1):
 * 1. size, of the bytes (the UI also checks `File.size` before reading, so a huge file is never
 *    read at all);
 * 2. text encoding: invalid UTF-8 is refused with the byte offset, never replaced by `�`;
 * 3. JSON syntax, with the line and column of the error;
 * 4. `__proto__` / `constructor` / `prototype` keys anywhere, with their JSON path — before zod,
 *    which silently drops `__proto__`, so a polluting key would otherwise pass unnoticed;
 * 5. `format` (an export file, or a single stored record) and `schemaVersion` (a newer or unknown
 *    version is refused, never guessed at);
 * 6. the number of assessments;
 * 7. the strict zod schema: unknown keys, over-long strings, indicator ids, every other rule;
 * 8. two assessments in the file with the same id, or the same city and year;
 * 9. the indicator sets the file carries (export version 2): each against every rule of a set file
 *    (`checkSetFile`), none twice, and none that has the id and version of a set this app already
 *    has but other content — one id and version always means one content;
 * 10. every answer against its indicator, in the set version its assessment records
 *    (`importAnswers.ts`, a carried set first): all problems are counted and the first ten listed.
 * A problem repeats values from the file only as excerpts (`excerpt`), and a path names the object
 * that holds a bad key, so a 2 MB key shows once, in 40 characters.
 */
import { cityKey, type Assessment } from '../assessment/assessment'
import { EnvelopeSchema, readEnvelope, recordFormat } from '../assessment/envelope'
import { packageFormat, returnFormat } from '../departments/departmentFormats'
import { excerpt } from '../excerpt'
import type { IndicatorSet } from '../indicators/schema'
import { checkSetFile, serialiseSetFile, type SetFile } from '../indicators/setFile'
import type { SetFileProblem } from '../indicators/setFileProblem'
import {
  exportFormat,
  ExportFileSchema,
  ExportFileV1Schema,
  ExportFileV2Schema,
  exportSchemaVersion,
  maxExportedSets,
} from './exportFile'
import { answerIssues, type AnswerIssue, type FindIndicatorSet } from './importAnswers'
import { importLimits, type ImportLimits } from './importLimits'
import { formatJsonPath, type PathSegment } from './jsonPath'
import { readJsonRoot } from './jsonRoot'
import { decodeUtf8 } from './utf8'
import { problemFromIssues, zodMessageLength, type Issue } from './zodProblem'

/**
 * Why a file is refused. A key's problem names the object that holds it (`parent`), so the key
 * shows once; `answers` lists at most ten problems of `count`.
 */
export type ImportProblem =
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'bad-encoding'; offset: number; line: number }
  | { kind: 'empty' }
  | { kind: 'not-json'; line: number | null; column: number | null }
  | { kind: 'not-an-object' }
  | { kind: 'wrong-format'; format: string | null }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unknown-version'; version: string }
  | { kind: 'forbidden-key'; key: string; parent: string }
  | { kind: 'too-many'; count: number; max: number }
  | { kind: 'unknown-key'; key: string; parent: string }
  | { kind: 'too-long'; path: string; max: number }
  | { kind: 'bad-indicator-id'; id: string; parent: string }
  | { kind: 'duplicate-id'; id: string; path: string }
  | { kind: 'duplicate-city-year'; city: string; year: number; path: string }
  | { kind: 'invalid'; path: string; message: string }
  | { kind: 'answers'; issues: AnswerIssue[]; count: number }
  | { kind: 'too-many-sets'; count: number; max: number }
  /** A carried set breaks rules of a set file: its first problems (`problems`), of `count`. */
  | { kind: 'bad-set'; setId: string; version: string; problems: SetFileProblem[]; count: number }
  | { kind: 'duplicate-set'; setId: string; version: string }
  /** A carried set has the id and version of a set this app has, with other content. */
  | { kind: 'different-set'; setId: string; version: string }
  /** A department's package or return, opened where assessments are imported. */
  | { kind: 'department-package' }
  | { kind: 'department-return' }

/**
 * What parsing needs besides the text: the indicator sets this app has (built-in and brought by
 * the user), the ids of the built-in ones (a carried set may not take one), and the limits.
 */
export type ImportOptions = {
  findSet: FindIndicatorSet
  builtInSetIds?: readonly string[]
  limits?: ImportLimits
}

/** `sets`: indicator sets the file carries that this app does not have yet, to store with it. */
export type ImportResult =
  | { ok: true; assessments: Assessment[]; sets: IndicatorSet[]; source: 'export' | 'record' }
  | { ok: false; problem: ImportProblem }

const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem })

/** Assessments that share an id or a city and year with an earlier one in the same file. */
const duplicateProblem = (assessments: readonly Assessment[], base: PropertyKey[]) => {
  const ids = new Set<string>()
  const cityYears = new Set<string>()
  for (const [index, a] of assessments.entries()) {
    const where = formatJsonPath([...base, index])
    if (ids.has(a.id)) return fail({ kind: 'duplicate-id', id: excerpt(a.id), path: `${where}.id` })
    ids.add(a.id)
    const key = `${a.year}\u0000${cityKey(a.city)}`
    if (cityYears.has(key))
      return fail({
        kind: 'duplicate-city-year',
        city: excerpt(a.city),
        year: a.year,
        path: where,
      })
    cityYears.add(key)
  }
  return null
}

/** Refuses the file when an answer does not fit its indicator (`importAnswers.ts`). */
const answersProblem = (
  assessments: readonly Assessment[],
  base: (index: number) => PathSegment[],
  findSet: FindIndicatorSet,
): ImportResult | null => {
  const { issues, count } = answerIssues(assessments, base, findSet)
  return count === 0 ? null : fail({ kind: 'answers', issues, count })
}

const refuseWith = (problem: ImportProblem) => ({ ok: false as const, problem })

/** Problems of a carried set listed in a refusal; the rest are counted. */
const listedSetProblems = 10

/**
 * The carried sets checked (step 9): those this app lacks, and a find function that looks in
 * them before the app's own; or the problem that refuses the file.
 */
const carriedSets = (
  files: readonly SetFile[],
  findSet: FindIndicatorSet,
  builtInSetIds: readonly string[],
):
  | { ok: true; fresh: IndicatorSet[]; find: FindIndicatorSet }
  | { ok: false; problem: ImportProblem } => {
  const carried = new Map<string, IndicatorSet>()
  const fresh: IndicatorSet[] = []
  for (const file of files) {
    const { setId, version } = file.meta
    const named = { setId: excerpt(setId), version: excerpt(version) }
    const checked = checkSetFile(file, { builtInSetIds })
    if (!checked.ok) {
      const problems = checked.problems.filter((p) => p.code !== 'more')
      const more = checked.problems.find((p) => p.code === 'more')
      return refuseWith({
        kind: 'bad-set',
        ...named,
        problems: problems.slice(0, listedSetProblems),
        count: problems.length + (more?.code === 'more' ? more.count : 0),
      })
    }
    const key = `${setId}@${version}`
    if (carried.has(key)) return refuseWith({ kind: 'duplicate-set', ...named })
    carried.set(key, checked.set)
    const here = findSet({ setId, version })
    if (here === null) fresh.push(checked.set)
    else if (serialiseSetFile(here) !== serialiseSetFile(checked.set))
      return refuseWith({ kind: 'different-set', ...named })
  }
  const find: FindIndicatorSet = (ref) => carried.get(`${ref.setId}@${ref.version}`) ?? findSet(ref)
  return { ok: true, fresh, find }
}

const readExport = (
  raw: Record<string, unknown>,
  { findSet, builtInSetIds = [], limits = importLimits }: ImportOptions,
): ImportResult => {
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ kind: 'unknown-version', version: excerpt(version) })
  if (version > exportSchemaVersion)
    return fail({ kind: 'newer-version', version, supported: exportSchemaVersion })
  if (Array.isArray(raw.assessments) && raw.assessments.length > limits.maxAssessments)
    return fail({ kind: 'too-many', count: raw.assessments.length, max: limits.maxAssessments })
  if (Array.isArray(raw.sets) && raw.sets.length > maxExportedSets)
    return fail({ kind: 'too-many-sets', count: raw.sets.length, max: maxExportedSets })
  const parsed =
    version === 1
      ? ExportFileV1Schema.safeParse(raw)
      : version === 2
        ? ExportFileV2Schema.safeParse(raw)
        : ExportFileSchema.safeParse(raw)
  if (!parsed.success) return fail(problemFromIssues(parsed.error.issues as Issue[], []))
  const { assessments } = parsed.data
  const sets = carriedSets('sets' in parsed.data ? parsed.data.sets : [], findSet, builtInSetIds)
  if (!sets.ok) return sets
  return (
    duplicateProblem(assessments, ['assessments']) ??
    answersProblem(assessments, (i) => ['assessments', i], sets.find) ?? {
      ok: true,
      assessments,
      sets: sets.fresh,
      source: 'export',
    }
  )
}

const readRecord = (raw: Record<string, unknown>, findSet: FindIndicatorSet): ImportResult => {
  const read = readEnvelope(raw)
  if (read.ok) {
    const assessments = [read.envelope.assessment]
    return (
      answersProblem(assessments, () => ['assessment'], findSet) ?? {
        ok: true,
        assessments,
        sets: [],
        source: 'record',
      }
    )
  }
  const { problem } = read
  if (problem.kind === 'newer-version') return fail(problem)
  if (problem.kind === 'unknown-version')
    return fail({ kind: 'unknown-version', version: excerpt(problem.version) })
  // A current-version record: the schema again for structured issues (readEnvelope flattens them).
  const parsed = EnvelopeSchema.safeParse(raw)
  if (!parsed.success) return fail(problemFromIssues(parsed.error.issues as Issue[], []))
  const first = problem.kind === 'invalid' ? problem.issues[0] : undefined
  return fail({
    kind: 'invalid',
    path: excerpt(`$.${first?.path ?? ''}`),
    message: excerpt(first?.message ?? '', zodMessageLength),
  })
}

/**
 * Parses the text of an import file: an export (`smartcity-assessment-export`) or one stored
 * record (`smartcity-assessment`, as in IndexedDB or a raw-data download), in any released
 * version. Returns the assessments, validated and with plain prototypes, or the first problem.
 * A file is read with `parseImportBytes`, which checks its size and encoding first.
 */
export const parseImport = (text: string, options: ImportOptions): ImportResult => {
  const { findSet } = options
  const root = readJsonRoot(text)
  if (!root.ok) return root
  const { json } = root
  if (json.format === exportFormat) return readExport(json, options)
  if (json.format === recordFormat) return readRecord(json, findSet)
  if (json.format === packageFormat) return fail({ kind: 'department-package' })
  if (json.format === returnFormat) return fail({ kind: 'department-return' })
  return fail({
    kind: 'wrong-format',
    format: json.format === undefined ? null : excerpt(json.format),
  })
}

/**
 * Parses the bytes of an import file: refused when too large (before decoding) or when they are
 * not valid UTF-8 (with the offset of the first invalid byte), else as `parseImport`.
 */
export const parseImportBytes = (bytes: Uint8Array, options: ImportOptions): ImportResult => {
  const maxBytes = (options.limits ?? importLimits).maxBytes
  if (bytes.length > maxBytes) return fail({ kind: 'too-large', bytes: bytes.length, maxBytes })
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) return fail({ kind: 'bad-encoding', offset: decoded.offset, line: decoded.line })
  return parseImport(decoded.text, options)
}
