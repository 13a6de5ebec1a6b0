/**
 * The view-model of the five-capability radar and its accessible table: one row per capability
 * in the fixed DG, DT, ED, MF, SA order, with the optional "to-be" target drawn against it.
 */
import { capabilityIds, type CapabilityId, type MetaFile } from '../indicators/schema'
import type { LevelResult, MaturityLevelId } from '../scoring/maturityLevel'
import type { AssessmentScore } from '../scoring/scoreAssessment'
import { levelStartScore } from './levels'

export type CapabilityTargets = Partial<Record<CapabilityId, MaturityLevelId>>

export type RadarRow = {
  capability: CapabilityId
  /** Cₖ in [0, 100], unrounded; null when nothing contributing to k is scored. */
  score: number | null
  /** Coverage in [0, 1]; null when every indicator of k is N/A. */
  coverage: number | null
  level: LevelResult | null
  /** The score where the target level begins (L1 → 0, L2 → thresholds[0] …); null without a target. */
  target: number | null
}

/**
 * One radar row per capability, always five and always in `capabilityIds` order so that the axes
 * of compared radars line up. `target` converts a target level to the score where that level
 * begins (`levelStartScore`): a target of L4 with default thresholds is drawn at 70. Capabilities
 * without a target get `target: null`; a capability without a score keeps its target.
 */
export const toRadarSeries = (
  score: AssessmentScore,
  meta: Pick<MetaFile, 'thresholds'>,
  targets: CapabilityTargets = {},
): RadarRow[] =>
  capabilityIds.map((capability) => {
    const group = score.capabilities[capability]
    const targetLevel = targets[capability]
    return {
      capability,
      score: group.score,
      coverage: group.coverage,
      level: group.level,
      target: targetLevel === undefined ? null : levelStartScore(targetLevel, meta.thresholds),
    }
  })

/**
 * The scores of the rings drawn on the radar: the set's thresholds (where L2…L5 begin), ascending.
 * The centre (0) and the outer edge (100) belong to the chart's domain and are not rings.
 */
export const levelRings = (meta: Pick<MetaFile, 'thresholds'>): number[] =>
  [...meta.thresholds].sort((a, b) => a - b)
