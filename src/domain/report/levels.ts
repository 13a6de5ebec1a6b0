/** Maturity-level helpers shared by the report builders (radar rings, targets). */
import type { MaturityLevelId } from '../scoring/maturityLevel'

/** The ITU-T Y.4904 levels, lowest first. */
export const maturityLevelIds: readonly MaturityLevelId[] = ['L1', 'L2', 'L3', 'L4', 'L5']

/**
 * The score at which a level begins: L1 → 0, L(n) → the (n − 1)-th threshold (default 30 / 50 /
 * 70 / 90 for L2…L5). Computed as the largest of 0 and the thresholds below the level, so an
 * unsorted or short threshold list still gives a value in [0, 100) instead of `undefined`.
 */
export const levelStartScore = (level: MaturityLevelId, thresholds: readonly number[]): number =>
  Math.max(0, ...thresholds.slice(0, maturityLevelIds.indexOf(level)))
