/**
 * How deeply a parsed JSON tree nests. A file format has a known depth; junk nested far deeper is
 * refused with the place where it goes too deep, before a schema walks it. Iterative, so a file
 * nested 100,000 levels deep cannot overflow the stack.
 */
import type { PathSegment } from './jsonPath'

/**
 * The path of the first value (in document order) that lies more than `maxDepth` levels below the
 * root, or null when none does. The root is at depth 0, `$.a` at 1, `$.a[0]` at 2. Stops at the
 * first such value: the cost is bounded by the part of the tree walked before it.
 */
export const findTooDeep = (root: unknown, maxDepth: number): PathSegment[] | null => {
  // Each node points to its parent instead of copying its path, so deep input stays linear.
  type Node = { value: unknown; segment: PathSegment | null; parent: Node | null; depth: number }
  const pathOf = (node: Node): PathSegment[] => {
    const path: PathSegment[] = []
    for (let n: Node | null = node; n !== null && n.segment !== null; n = n.parent)
      path.push(n.segment)
    return path.reverse()
  }
  const stack: Node[] = [{ value: root, segment: null, parent: null, depth: 0 }]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.depth > maxDepth) return pathOf(node)
    const { value } = node
    if (typeof value !== 'object' || value === null) continue
    const children: [PathSegment, unknown][] = Array.isArray(value)
      ? value.map((child, index): [PathSegment, unknown] => [index, child])
      : Object.entries(value)
    // Pushed in reverse so the first child is visited first.
    for (let i = children.length - 1; i >= 0; i--) {
      const [segment, child] = children[i] as [PathSegment, unknown]
      stack.push({ value: child, segment, parent: node, depth: node.depth + 1 })
    }
  }
  return null
}
