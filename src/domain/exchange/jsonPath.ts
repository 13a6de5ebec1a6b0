/**
 * JSON paths for messages about imported files, in the familiar JSONPath notation:
 * `$.assessments[0].answers["SC-001"].note`. Identifier-like keys use a dot, every other key is
 * quoted in brackets so the path stays unambiguous. A path is for a message, so it stays short
 * whatever the file holds: each key is cut like any other value a message repeats (`excerpt`), and
 * a path deeper than `maxPathSegments` shows its first and last segments around an ellipsis.
 */
import { excerptLength, shorten } from '../excerpt'

export type PathSegment = string | number

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/

/** Segments a path shows at most: the first three and the last four around `…` beyond that. */
export const maxPathSegments = 8

const segmentText = (segment: PropertyKey): string => {
  if (typeof segment === 'number') return `[${segment}]`
  const key = String(segment)
  return identifier.test(key) && key.length <= excerptLength
    ? `.${key}`
    : `["${shorten(key, excerptLength, true)}"]`
}

export const formatJsonPath = (path: readonly PropertyKey[]): string => {
  const shown =
    path.length <= maxPathSegments
      ? path.map(segmentText)
      : [...path.slice(0, 3).map(segmentText), '…', ...path.slice(-4).map(segmentText)]
  return `$${shown.join('')}`
}

/** Keys that can switch an object's prototype when merged (OWASP ASVS 15.3.6). */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * The first forbidden key anywhere in a parsed JSON tree, with its path, in document order.
 * `JSON.parse` keeps `__proto__` as an ordinary own key and zod silently drops it, so this walk
 * runs before any schema. Iterative, so deeply nested input cannot overflow the stack.
 */
export const findForbiddenKey = (root: unknown): { key: string; path: PathSegment[] } | null => {
  // Each node points to its parent instead of copying its path, so deep input stays linear.
  type Node = { value: unknown; segment: PathSegment | null; parent: Node | null }
  const pathOf = (node: Node): PathSegment[] => {
    const path: PathSegment[] = []
    for (let n: Node | null = node; n !== null && n.segment !== null; n = n.parent)
      path.push(n.segment)
    return path.reverse()
  }
  const stack: Node[] = [{ value: root, segment: null, parent: null }]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    const { value, segment } = node
    if (typeof segment === 'string' && forbiddenKeys.has(segment))
      return { key: segment, path: pathOf(node) }
    if (typeof value !== 'object' || value === null) continue
    const children: [PathSegment, unknown][] = Array.isArray(value)
      ? value.map((child, index): [PathSegment, unknown] => [index, child])
      : Object.entries(value)
    // Pushed in reverse so the first child is visited first: the first key in the file is reported.
    for (let i = children.length - 1; i >= 0; i--) {
      const [key, child] = children[i] as [PathSegment, unknown]
      stack.push({ value: child, segment: key, parent: node })
    }
  }
  return null
}
