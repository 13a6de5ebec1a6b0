/**
 * The distance from the current state to the "to-be" targets an official sets per capability.
 */
import { capabilityIds, type CapabilityId, type MetaFile } from '../indicators/schema'
import type { LevelResult, MaturityLevelId } from '../scoring/maturityLevel'
import type { AssessmentScore } from '../scoring/scoreAssessment'
import { levelStartScore } from './levels'
import type { CapabilityTargets } from './radarSeries'

export type TargetGap = {
  capability: CapabilityId
  /** Current Cₖ; null when nothing contributing to k is scored. */
  score: number | null
  level: LevelResult | null
  target: MaturityLevelId
  /** The score where the target level begins (L1 → 0, L2 → thresholds[0] …). */
  targetScore: number
  /** Points still missing: max(0, targetScore − score); null without a score. */
  gap: number | null
  /** score ≥ targetScore; false without a score (a target cannot be reached by no data). */
  reached: boolean
}

/**
 * One row per capability that has a target, in DG…SA order; capabilities without a target are
 * left out. `gap = max(0, targetScore − score)`, so a target at or below the current score gives
 * gap 0 and `reached: true`. The level may be provisional (low coverage): the row carries it so
 * the screen can say the gap itself is uncertain.
 */
export const targetGaps = (
  score: AssessmentScore,
  targets: CapabilityTargets,
  meta: Pick<MetaFile, 'thresholds'>,
): TargetGap[] =>
  capabilityIds.flatMap((capability) => {
    const target = targets[capability]
    if (target === undefined) return []
    const { score: current, level } = score.capabilities[capability]
    const targetScore = levelStartScore(target, meta.thresholds)
    return [
      {
        capability,
        score: current,
        level,
        target,
        targetScore,
        gap: current === null ? null : Math.max(0, targetScore - current),
        reached: current !== null && current >= targetScore,
      },
    ]
  })
