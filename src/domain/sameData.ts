/**
 * Structural equality of plain data (what JSON and the zod schemas produce): numbers, strings,
 * booleans, null, arrays and objects. Arrays are equal element by element, in order (in indicator
 * data order means something: the first source is the primary one, options are shown in order).
 * Objects are equal when they hold the same keys with equal values, in any key order; a key whose
 * value is `undefined` counts as absent, so `{ min: undefined }` equals `{}` as the schema reads it.
 * Numbers compare with `===` (so 0 equals −0, and NaN, which the schemas never produce, equals nothing).
 */
export const sameData = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((item, index) => sameData(item, b[index]))
  }
  const left = a as Record<string, unknown>
  const right = b as Record<string, unknown>
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined)
  const leftKeys = keys(left)
  return (
    leftKeys.length === keys(right).length &&
    leftKeys.every((k) => Object.hasOwn(right, k) && sameData(left[k], right[k]))
  )
}
