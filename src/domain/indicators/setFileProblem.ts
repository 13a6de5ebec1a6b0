/**
 * Why a set file is refused, as codes with values, so the interface can say it in the user's
 * language (`src/i18n/describeSetProblem.ts`). Values from the file appear only as excerpts
 * (`excerpt`), and paths are JSON paths cut to a readable length (`formatJsonPath`), so no message
 * grows with what the file holds.
 */
import { excerpt } from '../excerpt'
import { formatJsonPath } from '../exchange/jsonPath'
import { indicatorIdPattern, versionPattern } from './schema'
import { slugPattern } from './schemaParts'
import type { SetIssue, SetRule } from './setRule'

/** What a value should have been, in words the interface has (`sets.type.*`). */
export type ExpectedType = 'text' | 'number' | 'whole-number' | 'object' | 'list' | 'other'
/** A string format the schema asks for, in words the interface has (`sets.format.*`). */
export type ExpectedFormat = 'date' | 'indicator-id' | 'slug' | 'version' | 'other'

export type SetFileProblem =
  // Reading the file, in this order; the first that fails is the only problem.
  | { code: 'too-large'; bytes: number; maxBytes: number }
  | { code: 'bad-encoding'; offset: number; line: number }
  | { code: 'empty' }
  | { code: 'not-json'; line: number | null; column: number | null }
  | { code: 'forbidden-key'; key: string; parent: string }
  | { code: 'not-an-object' }
  | { code: 'wrong-kind'; kind: string | null }
  | { code: 'newer-format'; format: number; supported: number }
  | { code: 'unknown-format'; format: string }
  | { code: 'too-deep'; path: string; maxDepth: number }
  | { code: 'too-many-indicators'; count: number; max: number }
  // The schema: every value that does not fit, each with its path.
  | { code: 'unknown-key'; key: string; parent: string }
  | { code: 'missing'; path: string }
  | { code: 'wrong-type'; path: string; expected: ExpectedType }
  | { code: 'empty-text'; path: string }
  | { code: 'too-long'; path: string; max: number }
  | { code: 'too-few-items'; path: string; min: number }
  | { code: 'too-many-items'; path: string; max: number }
  | { code: 'wrong-item-count'; path: string; expected: number }
  | { code: 'number-too-small'; path: string; min: number; inclusive: boolean }
  | { code: 'number-too-large'; path: string; max: number; inclusive: boolean }
  | { code: 'bad-format'; path: string; format: ExpectedFormat }
  | { code: 'not-allowed'; path: string; allowed: readonly string[] }
  | { code: 'invalid'; path: string; message: string }
  // The integrity rules (`checkIndicatorSet`): every broken one.
  | { code: 'rule'; path: string; indicator: string | null; rule: SetRule }
  // More problems than a list should show.
  | { code: 'more'; count: number }

export type SetFileProblemCode = SetFileProblem['code']

/** The fields of a zod issue that the mapping reads (zod's own type is a union of many shapes). */
export type SchemaIssue = {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
  origin?: string
  expected?: string
  format?: string
  pattern?: string
  values?: unknown[]
  options?: unknown[]
  minimum?: number | bigint
  maximum?: number | bigint
  inclusive?: boolean
  exact?: boolean
}

/** Zod's message is the schema's words, not the file's, but it is bounded all the same. */
const zodMessageLength = 80

const expectedTypes: Record<string, ExpectedType> = {
  string: 'text',
  number: 'number',
  int: 'whole-number',
  object: 'object',
  array: 'list',
}

const formatOf = (issue: SchemaIssue): ExpectedFormat => {
  if (issue.format === 'date') return 'date'
  const patterns: [RegExp, ExpectedFormat][] = [
    [indicatorIdPattern, 'indicator-id'],
    [slugPattern, 'slug'],
    [versionPattern, 'version'],
  ]
  return patterns.find(([pattern]) => String(pattern) === issue.pattern)?.[1] ?? 'other'
}

/** Whether `path` names a key that the object holding it lacks (zod says "received undefined"). */
const isMissing = (root: unknown, path: readonly PropertyKey[]): boolean => {
  let value: unknown = root
  for (const segment of path.slice(0, -1)) {
    if (typeof value !== 'object' || value === null) return false
    value = (value as Record<PropertyKey, unknown>)[segment]
  }
  const last = path.at(-1)
  return (
    typeof value === 'object' &&
    value !== null &&
    last !== undefined &&
    !Object.prototype.hasOwnProperty.call(value, last)
  )
}

const sizeProblem = (issue: SchemaIssue, path: string): SetFileProblem | null => {
  const bound = Number(issue.code === 'too_big' ? issue.maximum : issue.minimum)
  if (issue.origin === 'string')
    return issue.code === 'too_big'
      ? { code: 'too-long', path, max: bound }
      : { code: 'empty-text', path }
  if (issue.origin === 'array') {
    if (issue.exact === true) return { code: 'wrong-item-count', path, expected: bound }
    return issue.code === 'too_big'
      ? { code: 'too-many-items', path, max: bound }
      : { code: 'too-few-items', path, min: bound }
  }
  if (issue.origin === 'number') {
    const inclusive = issue.inclusive === true
    return issue.code === 'too_big'
      ? { code: 'number-too-large', path, max: bound, inclusive }
      : { code: 'number-too-small', path, min: bound, inclusive }
  }
  return null
}

/**
 * The problems of one zod issue, read against the parsed file (`root`): an unknown key gives one
 * problem per key; anything the mapping does not know keeps zod's English message, cut short.
 */
export const schemaProblems = (issue: SchemaIssue, root: unknown): SetFileProblem[] => {
  const path = formatJsonPath(issue.path)
  switch (issue.code) {
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((key) => ({
        code: 'unknown-key',
        key: excerpt(key),
        parent: path,
      }))
    case 'invalid_type':
      return isMissing(root, issue.path)
        ? [{ code: 'missing', path }]
        : [{ code: 'wrong-type', path, expected: expectedTypes[issue.expected ?? ''] ?? 'other' }]
    case 'too_big':
    case 'too_small': {
      const problem = sizeProblem(issue, path)
      if (problem !== null) return [problem]
      break
    }
    case 'invalid_format':
      return [{ code: 'bad-format', path, format: formatOf(issue) }]
    case 'invalid_value':
    case 'invalid_union': {
      const allowed = issue.values ?? issue.options
      if (allowed !== undefined)
        return [{ code: 'not-allowed', path, allowed: allowed.map((v) => excerpt(v)) }]
      break
    }
  }
  return [{ code: 'invalid', path, message: excerpt(issue.message, zodMessageLength) }]
}

/** The keys of an issue that say where it is; the others are the rule's code and values. */
const placeKeys: ReadonlySet<string> = new Set(['path', 'indicator', 'where', 'message'])

/** A broken integrity rule as a problem: its path formatted, every value from the file cut short. */
export const ruleProblem = (issue: SetIssue): SetFileProblem => ({
  code: 'rule',
  path: formatJsonPath(issue.path),
  indicator: issue.indicator === undefined ? null : excerpt(issue.indicator),
  rule: Object.fromEntries(
    Object.entries(issue)
      .filter(([key]) => !placeKeys.has(key))
      .map(([key, value]) => [
        key,
        key !== 'code' && typeof value === 'string' ? excerpt(value) : value,
      ]),
  ) as SetRule,
})
