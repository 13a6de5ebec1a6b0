/**
 * Reads a department package or return strictly, never throwing: the text is unknown until every
 * check passed. The checks are those of an assessment import (`importFile.ts`), in the same order
 * and with the same limits: size, UTF-8, JSON syntax, forbidden keys, then `format` and
 * `schemaVersion`, nesting depth, the strict zod schema. Then what is particular to these files:
 * - a file of another kind is named for what it is: an assessment export opened as a package, a
 *   package opened as a return, and the reverse;
 * - a package lists each indicator once, and carries answers only to indicators it lists;
 * - a package that carries an indicator set carries a valid one, of the id and version it names.
 * Whether the indicator set is one this app has, and whether its content matches the SHA-256 the
 * file names, needs the app's sets and a hash function: `checkFileSet` does that.
 */
import { recordFormat } from '../assessment/envelope'
import { excerpt } from '../excerpt'
import { exportFormat } from '../exchange/exportFile'
import type { ImportProblem } from '../exchange/importFile'
import { problemFromIssues, type Issue } from '../exchange/zodProblem'
import { importLimits } from '../exchange/importLimits'
import { findTooDeep } from '../exchange/jsonDepth'
import { formatJsonPath } from '../exchange/jsonPath'
import { readJsonRoot } from '../exchange/jsonRoot'
import { decodeUtf8 } from '../exchange/utf8'
import { checkSetFile } from '../indicators/setFile'
import type { IndicatorSet } from '../indicators/schema'
import type { SetFileProblem } from '../indicators/setFileProblem'
import { packageFormat, returnFormat } from './departmentFormats'
import { PackageFileSchema, packageSchemaVersion, type PackageFile } from './packageFile'
import { ReturnFileSchema, returnSchemaVersion, type ReturnFile } from './returnFile'

export type DepartmentFileKind = 'package' | 'return'

/** The problems an assessment import also has (same words in the interface). */
type CommonProblem = Extract<
  ImportProblem,
  {
    kind:
      | 'too-large'
      | 'bad-encoding'
      | 'empty'
      | 'not-json'
      | 'not-an-object'
      | 'forbidden-key'
      | 'newer-version'
      | 'unknown-version'
      | 'unknown-key'
      | 'too-long'
      | 'bad-indicator-id'
      | 'invalid'
  }
>

/** Why a package or a return is refused. */
export type DepartmentFileProblem =
  | CommonProblem
  /** Not a file of this app: its `format` (an excerpt), or null when it has none. */
  | { kind: 'wrong-format'; expected: DepartmentFileKind; format: string | null }
  /** A file of this app, of another kind than the one expected. */
  | {
      kind: 'other-kind'
      expected: DepartmentFileKind
      found: DepartmentFileKind | 'assessment-export' | 'assessment-record'
    }
  | { kind: 'too-deep'; path: string; max: number }
  | { kind: 'duplicate-indicator'; id: string }
  /** A package carries an answer to an indicator it does not assign. */
  | { kind: 'answer-not-assigned'; id: string }
  /** The carried set is not the one the package names. */
  | { kind: 'set-mismatch'; setId: string; version: string }
  | { kind: 'bad-set'; setId: string; version: string; problems: SetFileProblem[]; count: number }

export type ReadResult<T> = { ok: true; file: T } | { ok: false; problem: DepartmentFileProblem }

/** Nesting allowed: an answer lies 6 levels below a return's root, a carried set's deepest 9. */
export const maxDepartmentFileDepth = 14

const fail = (problem: DepartmentFileProblem) => ({ ok: false as const, problem })

const formats: Record<string, DepartmentFileKind | 'assessment-export' | 'assessment-record'> = {
  [packageFormat]: 'package',
  [returnFormat]: 'return',
  [exportFormat]: 'assessment-export',
  [recordFormat]: 'assessment-record',
}

/** Steps shared by both kinds, up to and including the format and version. */
const readRoot = (
  bytes: Uint8Array,
  expected: DepartmentFileKind,
): { ok: true; json: Record<string, unknown> } | { ok: false; problem: DepartmentFileProblem } => {
  const { maxBytes } = importLimits
  if (bytes.length > maxBytes) return fail({ kind: 'too-large', bytes: bytes.length, maxBytes })
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok) return fail({ kind: 'bad-encoding', offset: decoded.offset, line: decoded.line })
  const root = readJsonRoot(decoded.text)
  if (!root.ok) return root
  const { json } = root
  const found = typeof json.format === 'string' ? formats[json.format] : undefined
  if (found === undefined)
    return fail({
      kind: 'wrong-format',
      expected,
      format: json.format === undefined ? null : excerpt(json.format),
    })
  if (found !== expected) return fail({ kind: 'other-kind', expected, found })
  const version = json.schemaVersion
  const supported = expected === 'package' ? packageSchemaVersion : returnSchemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return fail({ kind: 'unknown-version', version: excerpt(version) })
  if (version > supported) return fail({ kind: 'newer-version', version, supported })
  const deep = findTooDeep(json, maxDepartmentFileDepth)
  if (deep !== null)
    return fail({ kind: 'too-deep', path: formatJsonPath(deep), max: maxDepartmentFileDepth })
  return { ok: true, json }
}

/** Problems of a carried set listed in a refusal; the rest are counted. */
const listedSetProblems = 10

/**
 * Reads a package's bytes. `builtInSetIds`: a carried set may not take the id of a set built
 * into the app.
 */
export const readPackageBytes = (
  bytes: Uint8Array,
  builtInSetIds: readonly string[],
): ReadResult<PackageFile> => {
  const root = readRoot(bytes, 'package')
  if (!root.ok) return root
  const parsed = PackageFileSchema.safeParse(root.json)
  if (!parsed.success) return fail(schemaProblem(parsed.error.issues))
  const file = parsed.data
  const seen = new Set<string>()
  for (const id of file.indicatorIds) {
    if (seen.has(id)) return fail({ kind: 'duplicate-indicator', id })
    seen.add(id)
  }
  const stray = Object.keys(file.answers).find((id) => !seen.has(id))
  if (stray !== undefined) return fail({ kind: 'answer-not-assigned', id: stray })
  if (file.set !== undefined) {
    const { setId, version } = file.assessment.indicatorSet
    if (file.set.meta.setId !== setId || file.set.meta.version !== version)
      return fail({ kind: 'set-mismatch', setId: excerpt(setId), version: excerpt(version) })
    const checked = checkSetFile(file.set, { builtInSetIds })
    if (!checked.ok) {
      const problems = checked.problems.filter((p) => p.code !== 'more')
      const more = checked.problems.find((p) => p.code === 'more')
      return fail({
        kind: 'bad-set',
        setId,
        version,
        problems: problems.slice(0, listedSetProblems),
        count: problems.length + (more?.code === 'more' ? more.count : 0),
      })
    }
  }
  return { ok: true, file }
}

/** Reads a return's bytes. */
export const readReturnBytes = (bytes: Uint8Array): ReadResult<ReturnFile> => {
  const root = readRoot(bytes, 'return')
  if (!root.ok) return root
  const parsed = ReturnFileSchema.safeParse(root.json)
  if (!parsed.success) return fail(schemaProblem(parsed.error.issues))
  return { ok: true, file: parsed.data }
}

const schemaProblem = (issues: readonly unknown[]): DepartmentFileProblem =>
  problemFromIssues(issues as Issue[], [])

/** The set of a package, once found: the app's own, or the one it carries. */
export type FileSetProblem =
  | { kind: 'unknown-set'; setId: string; version: string }
  | { kind: 'set-hash'; setId: string; version: string }

/**
 * Whether the indicator set a package or return names is the one this app has (or the package
 * carries): found by id and version (`set`, null when neither has it), and of the same content
 * (`sha256`: the hash of that set's file, which the caller computes).
 */
export const checkFileSet = (
  named: { setId: string; version: string; sha256: string },
  set: IndicatorSet | null,
  sha256: string | null,
): FileSetProblem | null => {
  const ids = { setId: excerpt(named.setId), version: excerpt(named.version) }
  if (set === null || sha256 === null) return { kind: 'unknown-set', ...ids }
  return sha256 === named.sha256 ? null : { kind: 'set-hash', ...ids }
}
