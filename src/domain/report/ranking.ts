/**
 * Ordering shared by the ranked lists (strengths, priorities). Scores and gains are floating-point
 * results of weighted sums, so two values that differ by less than `tieTolerance` points count as a
 * tie and the ids decide; this keeps the order deterministic when equal-looking values differ only
 * in their last bits (e.g. 0.6 × 1/3 against 0.4 × 1/2).
 */
export const tieTolerance = 1e-9

/** Plain code-unit order of two ids: locale-independent, so every machine sorts alike. */
export const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Comparator for "highest value first, then id": negative when `a` ranks first. Values within
 * `tieTolerance` of each other are ties, broken by `compareIds` on the keys.
 */
export const byValueDescThenKey = (
  a: { value: number; key: string },
  b: { value: number; key: string },
): number =>
  Math.abs(a.value - b.value) > tieTolerance ? b.value - a.value : compareIds(a.key, b.key)
