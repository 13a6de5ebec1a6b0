/**
 * A whole indicator set in one JSON file, the form in which sets travel: the built-in set offered
 * as a starting point, a province's own set brought into the app. The file holds the same meta
 * header and indicators as the folder `indicators/`, read with the same zod schemas and the same
 * integrity checker; its JSON Schema is generated from them (`public/indicator-set.schema.json`).
 *
 * Reading a set file never trusts it. Checks run in this order, and a file that fails one is
 * refused with that one problem:
 * 1. size, of the bytes (`parseSetFileBytes`; the interface also checks `File.size` first);
 * 2. text encoding: invalid UTF-8 is refused with the byte offset;
 * 3. JSON syntax, with the line and column of the error;
 * 4. `__proto__` / `constructor` / `prototype` keys anywhere, with their JSON path;
 * 5. `kind` (this is a set file) and `format` (one this app reads);
 * 6. nesting depth and the number of indicators, before the schema walks them.
 * A file that passes is then checked completely, and every problem is listed at once (up to
 * `setFileLimits.listedProblems`): first against the schema, each value with its JSON path; when
 * the schema is satisfied, against every integrity rule (`checkIndicatorSet`).
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { excerpt } from '../excerpt'
import { findTooDeep } from '../exchange/jsonDepth'
import { findForbiddenKey, formatJsonPath } from '../exchange/jsonPath'
import { locateJsonError } from '../exchange/jsonSyntax'
import { decodeUtf8 } from '../exchange/utf8'
import { checkIndicatorSet } from './checkIndicatorSet'
import { IndicatorSchema, MetaFileSchema, type IndicatorSet, type MetaFile } from './schema'
import { setLimits } from './schemaParts'
import {
  ruleProblem,
  schemaProblems,
  type SchemaIssue,
  type SetFileProblem,
} from './setFileProblem'

export const setFileKind = 'indicator-set'
/** The version of the format this app writes and the newest it reads. */
export const setFileFormat = 1

export const setFileLimits = {
  /**
   * 2 MB: six times the shipped set of 67 fully documented indicators (340 kB), room for about
   * 400 such indicators; the schema allows at most `setLimits.indicators`.
   */
  maxBytes: 2 * 1024 * 1024,
  /** Levels of nesting; the deepest value of a valid set file lies 7 levels below its root. */
  maxDepth: 12,
  /** Problems listed for one file; the rest are counted (`more`). */
  listedProblems: 100,
} as const

/** The meta header inside a set file: as in `indicators/meta.json`, without its `$schema` and `kind`. */
export const SetMetaSchema = z.omit(MetaFileSchema, { $schema: true, kind: true })

export const SetFileSchema = z.strictObject({
  /** A link to this file's JSON Schema, for editors; not read. */
  $schema: z.optional(z.string().check(z.maxLength(setLimits.shortText))),
  kind: z.literal(setFileKind),
  format: z.literal(setFileFormat),
  meta: SetMetaSchema,
  indicators: z.array(IndicatorSchema).check(z.minLength(1), z.maxLength(setLimits.indicators)),
})
export type SetFile = z.infer<typeof SetFileSchema>

/** The set as a set file: its meta header without `$schema` and `kind`, and its indicators. */
export const toSetFile = (set: IndicatorSet): SetFile => {
  const meta = Object.fromEntries(
    Object.entries(set.meta).filter(([key]) => key !== '$schema' && key !== 'kind'),
  ) as SetFile['meta']
  return { kind: setFileKind, format: setFileFormat, meta, indicators: [...set.indicators] }
}

/**
 * The text of a set file: indented JSON ending with a newline, keys in the order the set holds
 * them. A set read by `parseSetFile` holds them in the schema's order, so two equal sets read from
 * files give the same text, whatever order their files used.
 */
export const serialiseSetFile = (set: IndicatorSet): string =>
  `${JSON.stringify(toSetFile(set), null, 2)}\n`

/** What checking a set needs besides its text. */
export type SetFileOptions = {
  /** Ids of the sets built into the app: a set brought by a user may not take one. */
  builtInSetIds: readonly string[]
}

export type SetFileResult =
  { ok: true; set: IndicatorSet } | { ok: false; problems: SetFileProblem[] }

const refuse = (...problems: SetFileProblem[]): SetFileResult => ({ ok: false, problems })

/** Every problem up to the listed limit, and a count of the rest. */
const listed = (problems: SetFileProblem[]): SetFileResult => {
  const max = setFileLimits.listedProblems
  return problems.length <= max
    ? refuse(...problems)
    : refuse(...problems.slice(0, max), { code: 'more', count: problems.length - max })
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** UTF-8 length of a text, counted without encoding it. */
const utf8Length = (text: string): number => {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      // A surrogate pair is one code point of 4 bytes; a lone surrogate would be replaced by 3.
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** Steps 5 and 6 of the file's header: what kind of file, which format, how deep, how many. */
const shapeProblem = (json: Record<string, unknown>): SetFileProblem | null => {
  if (json.kind !== setFileKind)
    return { code: 'wrong-kind', kind: json.kind === undefined ? null : excerpt(json.kind) }
  const format = json.format
  if (typeof format !== 'number' || !Number.isInteger(format) || format < 1)
    return { code: 'unknown-format', format: excerpt(format) }
  if (format > setFileFormat) return { code: 'newer-format', format, supported: setFileFormat }
  const deep = findTooDeep(json, setFileLimits.maxDepth)
  if (deep !== null)
    return { code: 'too-deep', path: formatJsonPath(deep), maxDepth: setFileLimits.maxDepth }
  if (Array.isArray(json.indicators) && json.indicators.length > setLimits.indicators)
    return { code: 'too-many-indicators', count: json.indicators.length, max: setLimits.indicators }
  return null
}

/**
 * Reads the text of a set file: the set, schema-valid and sound (with plain prototypes and the
 * meta header as `indicators/meta.json` holds it, `kind: 'meta'`), or every problem found. A
 * leading byte-order mark is ignored. Never throws.
 */
export const parseSetFile = (text: string, options: SetFileOptions): SetFileResult => {
  // A text longer than the limit in UTF-16 units is longer still in UTF-8 bytes: no need to count.
  const bytes = text.length > setFileLimits.maxBytes ? text.length : utf8Length(text)
  if (bytes > setFileLimits.maxBytes)
    return refuse({ code: 'too-large', bytes, maxBytes: setFileLimits.maxBytes })
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return refuse({ code: 'empty' })
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    const where = locateJsonError(body, error)
    return refuse({ code: 'not-json', line: where?.line ?? null, column: where?.column ?? null })
  }
  const forbidden = findForbiddenKey(json)
  if (forbidden !== null)
    return refuse({
      code: 'forbidden-key',
      key: forbidden.key,
      parent: formatJsonPath(forbidden.path.slice(0, -1)),
    })
  if (!isRecord(json)) return refuse({ code: 'not-an-object' })
  const shape = shapeProblem(json)
  if (shape !== null) return refuse(shape)
  const parsed = SetFileSchema.safeParse(json)
  if (!parsed.success)
    return listed(
      (parsed.error.issues as SchemaIssue[]).flatMap((issue) => schemaProblems(issue, json)),
    )
  return checkSetFile(parsed.data, options)
}

/**
 * A schema-valid set file checked against every integrity rule, as the build checks the shipped
 * set: the set (meta header as `indicators/meta.json` holds it) or every problem. Used for set
 * files read on their own and for those an export carries.
 */
export const checkSetFile = (file: SetFile, options: SetFileOptions): SetFileResult => {
  const meta: MetaFile = { kind: 'meta', ...file.meta }
  const set: IndicatorSet = { meta, indicators: file.indicators }
  const issues = checkIndicatorSet(set, {
    builtInSetIds: options.builtInSetIds,
    minPrimaryPerCapability: 1,
  })
  return issues.length === 0 ? { ok: true, set } : listed(issues.map(ruleProblem))
}

/**
 * Reads the bytes of a set file: refused when too large (before decoding) or not valid UTF-8 (with
 * the offset of the first invalid byte), else as `parseSetFile`.
 */
export const parseSetFileBytes = (bytes: Uint8Array, options: SetFileOptions): SetFileResult => {
  if (bytes.length > setFileLimits.maxBytes)
    return refuse({ code: 'too-large', bytes: bytes.length, maxBytes: setFileLimits.maxBytes })
  const decoded = decodeUtf8(bytes)
  if (!decoded.ok)
    return refuse({ code: 'bad-encoding', offset: decoded.offset, line: decoded.line })
  return parseSetFile(decoded.text, options)
}
