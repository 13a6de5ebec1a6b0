/**
 * The value a test's fixture guarantees, typed as present. Throws — failing the test with a plain
 * message — when it is missing, instead of letting `?.` or a default hide the gap.
 */
export const must = <T>(value: T | null | undefined, what = 'a value'): T => {
  if (value === null || value === undefined) throw new Error(`expected ${what}`)
  return value
}
