/**
 * Strengths and weaknesses for the results screen, drawn from the five capabilities and the
 * set's dimensions together, so that "数据治理" and "惠民服务" can both be named.
 */
import { capabilityIds, type IndicatorSet } from '../indicators/schema'
import type { LevelResult, MaturityLevelId } from '../scoring/maturityLevel'
import type { AssessmentScore, GroupScore } from '../scoring/scoreAssessment'
import { levelStartScore } from './levels'
import { byValueDescThenKey } from './ranking'

export type RankedKind = 'capability' | 'dimension'

export type RankedItem = {
  kind: RankedKind
  /** A capability id (`DG` …) or a dimension id from the set's meta. */
  id: string
  score: number
  coverage: number
  level: LevelResult
}

export type StrengthsAndWeaknesses = { strengths: RankedItem[]; weaknesses: RankedItem[] }

const toItem = (kind: RankedKind, id: string, group: GroupScore): RankedItem[] =>
  group.score === null || group.coverage === null || group.level === null
    ? []
    : [{ kind, id, score: group.score, coverage: group.coverage, level: group.level }]

/** Capabilities sort before dimensions on equal scores, then ids: one fixed order everywhere. */
const sortKey = (item: RankedItem) => `${item.kind === 'capability' ? 0 : 1}:${item.id}`

/** Items by score (`sign` 1: highest first, −1: lowest first), ties in `sortKey` order. */
const rank = (items: readonly RankedItem[], sign: 1 | -1): RankedItem[] =>
  items
    .map((item) => ({ item, value: sign * item.score, key: sortKey(item) }))
    .sort(byValueDescThenKey)
    .map(({ item }) => item)

/** The level a strength reaches at least; the screens name it when nothing does. */
export const strengthFromLevel = 'L3' satisfies MaturityLevelId
/** The level a weakness stays below. */
export const weaknessBelowLevel = 'L5' satisfies MaturityLevelId

/**
 * Rule (for the Methodology page):
 * - candidates: every capability and every dimension that has a score (unscored ones are left out,
 *   never treated as 0);
 * - strengths: the `count` highest candidates scoring at least the set's second threshold, i.e.
 *   reaching L3 发展级 Development (50 by default) — a low score is never called a strength, even
 *   when it is the best the city has;
 * - weaknesses: the `count` lowest candidates that are not strengths and score below the last
 *   threshold (90, where L5 优化级 begins) — an area already at L5 is never called a weakness.
 *   Nothing is in both lists.
 * Strengths run highest first, weaknesses lowest first. Scores within 1e-9 tie and are ordered
 * capability before dimension, then by id. Coverage and the (possibly provisional) level travel
 * with every item so the screen can flag thinly answered ones; `count` ≤ 0 gives empty lists.
 */
export const strengthsAndWeaknesses = (
  score: AssessmentScore,
  set: Pick<IndicatorSet, 'meta'>,
  { count = 3 }: { count?: number } = {},
): StrengthsAndWeaknesses => {
  const strongFrom = levelStartScore(strengthFromLevel, set.meta.thresholds)
  const weakBelow = levelStartScore(weaknessBelowLevel, set.meta.thresholds)
  const limit = Math.max(0, count)
  const candidates = [
    ...capabilityIds.flatMap((id) => toItem('capability', id, score.capabilities[id])),
    ...score.dimensions.flatMap((d) => toItem('dimension', d.dimensionId, d)),
  ]
  const strengths = rank(candidates, 1)
    .filter((item) => item.score >= strongFrom)
    .slice(0, limit)
  const weaknesses = rank(candidates, -1)
    .filter((item) => !strengths.includes(item) && item.score < weakBelow)
    .slice(0, limit)
  return { strengths, weaknesses }
}
