import type { MetaFile } from '../indicators/schema'

export type MaturityLevelId = 'L1' | 'L2' | 'L3' | 'L4' | 'L5'
export type LevelResult = { level: MaturityLevelId; provisional: boolean }

const ids: readonly MaturityLevelId[] = ['L1', 'L2', 'L3', 'L4', 'L5']

/**
 * The ITU-T Y.4904 level of a 0–100 score: L1 below the first threshold, L(n+1) from the n-th
 * threshold up (default 30 / 50 / 70 / 90, so 30 is L2 and 29.99 is L1).
 */
export const levelOf = (score: number, thresholds: readonly number[]): MaturityLevelId =>
  ids[thresholds.filter((t) => score >= t).length] ?? 'L5'

/**
 * The level of a score with its provisional flag: provisional when coverage is below the set's
 * `provisionalBelowCoverage` (default 0.8). No score (nothing answered) means no level.
 */
export const levelResult = (
  score: number | null,
  coverage: number,
  meta: Pick<MetaFile, 'thresholds' | 'provisionalBelowCoverage'>,
): LevelResult | null =>
  score === null
    ? null
    : {
        level: levelOf(score, meta.thresholds),
        provisional: coverage < meta.provisionalBelowCoverage,
      }
