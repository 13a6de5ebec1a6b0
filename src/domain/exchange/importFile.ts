/**
 * Reads an import file strictly, never throwing: the text is unknown until every check passed.
 * Checks run in this order, each naming what is wrong and where (OWASP ASVS 1.5.2, 2.2.1, 5.2.1):
 * 1. size (the UI also checks `File.size` before reading, so a huge file is never read at all);
 * 2. JSON syntax, with the line and column of the error;
 * 3. `__proto__` / `constructor` / `prototype` keys anywhere, with their JSON path — before zod,
 *    which silently drops `__proto__`, so a polluting key would otherwise pass unnoticed;
 * 4. `format` (an export file, or a single stored record) and `schemaVersion` (a newer or unknown
 *    version is refused, never guessed at);
 * 5. the number of assessments;
 * 6. the strict zod schema: unknown keys, over-long strings, indicator ids, every other rule;
 * 7. two assessments in the file with the same id, or the same city and year.
 */
import { cityKey, type Assessment } from '../assessment/assessment'
import { EnvelopeSchema, readEnvelope, recordFormat } from '../assessment/envelope'
import { exportFormat, ExportFileSchema, exportSchemaVersion } from './exportFile'
import { importLimits, type ImportLimits } from './importLimits'
import { findForbiddenKey, formatJsonPath } from './jsonPath'
import { locateJsonError } from './jsonSyntax'

export type ImportProblem =
  | { kind: 'too-large'; bytes: number; maxBytes: number }
  | { kind: 'empty' }
  | { kind: 'not-json'; line: number | null; column: number | null }
  | { kind: 'not-an-object' }
  | { kind: 'wrong-format'; format: string | null }
  | { kind: 'newer-version'; version: number; supported: number }
  | { kind: 'unknown-version'; version: string }
  | { kind: 'forbidden-key'; key: string; path: string }
  | { kind: 'too-many'; count: number; max: number }
  | { kind: 'unknown-key'; key: string; path: string }
  | { kind: 'too-long'; path: string; max: number }
  | { kind: 'bad-indicator-id'; id: string; path: string }
  | { kind: 'duplicate-id'; id: string; path: string }
  | { kind: 'duplicate-city-year'; city: string; year: number; path: string }
  | { kind: 'invalid'; path: string; message: string }

export type ImportResult =
  | { ok: true; assessments: Assessment[]; source: 'export' | 'record' }
  | { ok: false; problem: ImportProblem }

const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem })

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** UTF-8 length without encoding a huge string when its UTF-16 length already decides. */
const byteLength = (text: string, max: number): number =>
  text.length > max || text.length * 3 <= max ? text.length : new TextEncoder().encode(text).length

/** A value from the file, shortened for a message. */
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value))
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

type Issue = {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
  origin?: string
  maximum?: number | bigint
}

/** The most telling zod issue as a problem: unknown keys first, then ids, lengths, the rest. */
const problemFromIssues = (issues: readonly Issue[], prefix: PropertyKey[]): ImportProblem => {
  const path = (issue: Issue, extra: PropertyKey[] = []) =>
    formatJsonPath([...prefix, ...issue.path, ...extra])
  const unknown = issues.find((i) => i.code === 'unrecognized_keys')
  if (unknown !== undefined) {
    const key = unknown.keys?.[0] ?? ''
    return { kind: 'unknown-key', key, path: path(unknown, [key]) }
  }
  const badKey = issues.find((i) => i.code === 'invalid_key')
  if (badKey !== undefined)
    return { kind: 'bad-indicator-id', id: String(badKey.path.at(-1)), path: path(badKey) }
  const tooLong = issues.find((i) => i.code === 'too_big' && i.origin === 'string')
  if (tooLong !== undefined)
    return { kind: 'too-long', path: path(tooLong), max: Number(tooLong.maximum) }
  const first = issues[0] as Issue
  return { kind: 'invalid', path: path(first), message: first.message }
}

/** Assessments that share an id or a city and year with an earlier one in the same file. */
const duplicateProblem = (assessments: readonly Assessment[], base: PropertyKey[]) => {
  const ids = new Set<string>()
  const cityYears = new Set<string>()
  for (const [index, a] of assessments.entries()) {
    const where = formatJsonPath([...base, index])
    if (ids.has(a.id)) return fail({ kind: 'duplicate-id', id: a.id, path: `${where}.id` })
    ids.add(a.id)
    const key = `${a.year}\u0000${cityKey(a.city)}`
    if (cityYears.has(key))
      return fail({ kind: 'duplicate-city-year', city: a.city, year: a.year, path: where })
    cityYears.add(key)
  }
  return null
}

const readExport = (raw: Record<string, unknown>, limits: ImportLimits): ImportResult => {
  const version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ kind: 'unknown-version', version: shown(version) })
  if (version > exportSchemaVersion)
    return fail({ kind: 'newer-version', version, supported: exportSchemaVersion })
  if (Array.isArray(raw.assessments) && raw.assessments.length > limits.maxAssessments)
    return fail({ kind: 'too-many', count: raw.assessments.length, max: limits.maxAssessments })
  const parsed = ExportFileSchema.safeParse(raw)
  if (!parsed.success) return fail(problemFromIssues(parsed.error.issues as Issue[], []))
  const { assessments } = parsed.data
  return (
    duplicateProblem(assessments, ['assessments']) ?? { ok: true, assessments, source: 'export' }
  )
}

const readRecord = (raw: Record<string, unknown>): ImportResult => {
  const read = readEnvelope(raw)
  if (read.ok) return { ok: true, assessments: [read.envelope.assessment], source: 'record' }
  const { problem } = read
  if (problem.kind === 'newer-version') return fail(problem)
  if (problem.kind === 'unknown-version')
    return fail({ kind: 'unknown-version', version: shown(problem.version) })
  // A current-version record: the schema again for structured issues (readEnvelope flattens them).
  const parsed = EnvelopeSchema.safeParse(raw)
  if (!parsed.success) return fail(problemFromIssues(parsed.error.issues as Issue[], []))
  const first = problem.kind === 'invalid' ? problem.issues[0] : undefined
  return fail({ kind: 'invalid', path: `$.${first?.path ?? ''}`, message: first?.message ?? '' })
}

/**
 * Parses the text of an import file: an export (`smartcity-assessment-export`) or one stored
 * record (`smartcity-assessment`, as in IndexedDB or a raw-data download), in any released
 * version. Returns the assessments, validated and with plain prototypes, or the first problem.
 */
export const parseImport = (text: string, limits: ImportLimits = importLimits): ImportResult => {
  const bytes = byteLength(text, limits.maxBytes)
  if (bytes > limits.maxBytes) return fail({ kind: 'too-large', bytes, maxBytes: limits.maxBytes })
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return fail({ kind: 'empty' })
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    const where = locateJsonError(body, error)
    return fail({ kind: 'not-json', line: where?.line ?? null, column: where?.column ?? null })
  }
  const forbidden = findForbiddenKey(json)
  if (forbidden !== null)
    return fail({ kind: 'forbidden-key', key: forbidden.key, path: formatJsonPath(forbidden.path) })
  if (!isRecord(json)) return fail({ kind: 'not-an-object' })
  if (json.format === exportFormat) return readExport(json, limits)
  if (json.format === recordFormat) return readRecord(json)
  return fail({
    kind: 'wrong-format',
    format: json.format === undefined ? null : shown(json.format),
  })
}
