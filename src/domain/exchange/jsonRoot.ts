/**
 * The first steps of reading any JSON file the user brings (an import, a department's package or
 * return): a byte-order mark is allowed, then empty text, JSON syntax (with the line and column of
 * the error), `__proto__` / `constructor` / `prototype` keys anywhere (before any schema, which
 * would silently drop `__proto__`), and an object at the root. Never throws.
 */
import { findForbiddenKey, formatJsonPath } from './jsonPath'
import { locateJsonError } from './jsonSyntax'

export type JsonRootProblem =
  | { kind: 'empty' }
  | { kind: 'not-json'; line: number | null; column: number | null }
  | { kind: 'forbidden-key'; key: string; parent: string }
  | { kind: 'not-an-object' }

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The file's root object, or the first problem on the way to it. */
export const readJsonRoot = (
  text: string,
): { ok: true; json: Record<string, unknown> } | { ok: false; problem: JsonRootProblem } => {
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') return { ok: false, problem: { kind: 'empty' } }
  let json: unknown
  try {
    json = JSON.parse(body)
  } catch (error) {
    const where = locateJsonError(body, error)
    return {
      ok: false,
      problem: { kind: 'not-json', line: where?.line ?? null, column: where?.column ?? null },
    }
  }
  const forbidden = findForbiddenKey(json)
  if (forbidden !== null)
    return {
      ok: false,
      problem: {
        kind: 'forbidden-key',
        key: forbidden.key,
        parent: formatJsonPath(forbidden.path.slice(0, -1)),
      },
    }
  if (!isRecord(json)) return { ok: false, problem: { kind: 'not-an-object' } }
  return { ok: true, json }
}
