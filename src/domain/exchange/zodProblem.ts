/**
 * A zod schema's refusal of a file as one problem a person can act on, with its JSON path: what
 * the assessment import and the department files share (`importFile.ts`,
 * `departments/readDepartmentFile.ts`).
 */
import { excerpt } from '../excerpt'
import { formatJsonPath } from './jsonPath'

/** Zod's message is the schema's words, not the file's, but it is bounded all the same. */
export const zodMessageLength = 80

export type Issue = {
  code: string
  path: PropertyKey[]
  message: string
  keys?: string[]
  origin?: string
  maximum?: number | bigint
}

export type SchemaProblem =
  | { kind: 'unknown-key'; key: string; parent: string }
  | { kind: 'too-long'; path: string; max: number }
  | { kind: 'bad-indicator-id'; id: string; parent: string }
  | { kind: 'invalid'; path: string; message: string }

/** The most telling zod issue as a problem: unknown keys first, then ids, lengths, the rest. */
export const problemFromIssues = (
  issues: readonly Issue[],
  prefix: PropertyKey[],
): SchemaProblem => {
  const path = (issue: Issue) => formatJsonPath([...prefix, ...issue.path])
  const unknown = issues.find((i) => i.code === 'unrecognized_keys')
  if (unknown !== undefined)
    return { kind: 'unknown-key', key: excerpt(unknown.keys?.[0] ?? ''), parent: path(unknown) }
  const badKey = issues.find((i) => i.code === 'invalid_key')
  if (badKey !== undefined) {
    // The issue's path ends with the key itself; the message names it once, in its object.
    const parent = formatJsonPath([...prefix, ...badKey.path.slice(0, -1)])
    return { kind: 'bad-indicator-id', id: excerpt(String(badKey.path.at(-1))), parent }
  }
  const tooLong = issues.find((i) => i.code === 'too_big' && i.origin === 'string')
  if (tooLong !== undefined)
    return { kind: 'too-long', path: path(tooLong), max: Number(tooLong.maximum) }
  const first = issues[0] as Issue
  return { kind: 'invalid', path: path(first), message: excerpt(first.message, zodMessageLength) }
}
