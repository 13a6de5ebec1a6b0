/**
 * Whether the scores of two assessments made with different indicator-set versions measure the
 * same thing, score by score: the compare screen and the report's change since last year flag the
 * scores that differ and name the indicators involved. `sharedEqualSubset` gives the sets to
 * compare on when the user chooses the indicators both versions share unchanged.
 */
import type { Assessment } from '../assessment/assessment'
import {
  definitionChanges,
  indicatorChanges,
  type DefinitionChange,
} from '../indicators/indicatorChanges'
import { indicatorForCityLevel } from '../indicators/indicatorForCityLevel'
import {
  capabilityIds,
  type CapabilityId,
  type Indicator,
  type IndicatorSet,
} from '../indicators/schema'
import { sameData } from '../sameData'
import { scoreAssessment } from '../scoring/scoreAssessment'
import type { GroupAggregate } from '../scoring/weightedMean'
import { compareIds } from './ranking'

/**
 * One side of a comparison: the assessment (its city level decides what is asked, its weight
 * profile how the total is weighted) and its set.
 */
export type ComparedSide = {
  assessment: Pick<Assessment, 'cityLevel' | 'weightProfile'>
  set: IndicatorSet
}

export const comparabilityReasons = [
  'only-in-a',
  'only-in-b',
  'not-asked',
  'placement',
  ...definitionChanges,
  'weight',
] as const
/**
 * Why an indicator makes a score differ between the two sides: its set holds it on one side only
 * (`only-in-a`, `only-in-b`); both sets hold it but one side does not ask it of its city level
 * (`not-asked`) or counts it under another dimension or capability (`placement`); its answer
 * definition changed (a `DefinitionChange` code); or its weight in this score, relative to the
 * other indicators both sides count in it, differs (`weight`).
 */
export type ComparabilityReason = (typeof comparabilityReasons)[number]

export type InvolvedIndicator = { indicatorId: string; reasons: ComparabilityReason[] }

/**
 * A difference above the indicators: the dimensions' shares of the total (`dimension-weights`,
 * total only), another weight profile chosen for the total (`weight-profile`: the total, and each
 * dimension whose inner weights a chosen profile changes), and the level thresholds or the
 * coverage below which a level is provisional (every score's level).
 */
export type MetaReason =
  'dimension-weights' | 'weight-profile' | 'thresholds' | 'provisional-below-coverage'

export type GroupComparability = {
  /** Some definition under this score differs: the two numbers do not measure the same thing. */
  differs: boolean
  /** The indicators that make it differ, in id order, each with its reasons in a fixed order. */
  indicators: InvolvedIndicator[]
  meta: MetaReason[]
}

export type Comparability = {
  /** Some score differs. */
  differs: boolean
  total: GroupComparability
  capabilities: Record<CapabilityId, GroupComparability>
  /** Every dimension of either set: side a's in its order, then those only side b has. */
  dimensions: (GroupComparability & { dimensionId: string })[]
}

type Weights = ReadonlyMap<string, number>

/** Shares that differ by less than this are equal (weights pass through divisions). */
const tolerance = 1e-9

/**
 * Each asked indicator's weight in each score under the weight profile `profileId` (absent: the
 * set's own weights), exactly as the engine weighs it: in an assessment with no answers every
 * asked indicator is open, and the engine lists open items with their weight. `total`: the
 * dimensions the total counts (weighted, not reported apart, with an asked indicator) and their
 * weights; `profileId`: the profile the engine used.
 */
const scoreWeights = (side: ComparedSide, profileId: string | undefined) => {
  const score = scoreAssessment(side.set, {}, side.assessment.cityLevel, profileId)
  const weights = (group: GroupAggregate): Weights =>
    new Map(group.open.map((o) => [o.indicatorId, o.weight]))
  return {
    capabilities: (k: CapabilityId) => weights(score.capabilities[k]),
    dimensions: new Map(score.dimensions.map((d) => [d.dimensionId, weights(d)])),
    total: new Map(
      score.dimensions
        .filter((d) => !d.apart && d.open.length > 0)
        .map((d) => [d.dimensionId, d.weight]),
    ),
    profileId: score.weighting.profileId,
  }
}

const total = (weights: Weights, ids: readonly string[]) =>
  ids.reduce((sum, id) => sum + (weights.get(id) ?? 0), 0)

const inOrder = (reasons: Iterable<ComparabilityReason>): ComparabilityReason[] => {
  const found = new Set(reasons)
  return comparabilityReasons.filter((r) => found.has(r))
}

type Side = {
  indicators: ReadonlyMap<string, Indicator>
  weights: ReturnType<typeof scoreWeights>
  /** Every indicator asked of the side's city level. */
  asked: ReadonlySet<string>
  /** The dimensions the total counts, with their weights. */
  dimensionWeights: Weights
}

const sideOf = (side: ComparedSide, profileId: string | undefined): Side => {
  const weights = scoreWeights(side, profileId)
  return {
    indicators: new Map(side.set.indicators.map((i) => [i.id, i])),
    weights,
    asked: new Set([...weights.dimensions.values()].flatMap((w) => [...w.keys()])),
    dimensionWeights: weights.total,
  }
}

/** Ids of the dimensions whose indicators `side`'s own profile weighs otherwise than its set does. */
const reweighted = (side: ComparedSide): Set<string> => {
  const own = scoreWeights(side, side.assessment.weightProfile).dimensions
  const plain = scoreWeights(side, undefined).dimensions
  return new Set(
    [...own].flatMap(([id, weights]) => {
      const base = plain.get(id) ?? new Map<string, number>()
      const differs = [...weights].some(
        ([indicator, w]) => Math.abs(w - (base.get(indicator) ?? 0)) > tolerance,
      )
      return differs ? [id] : []
    }),
  )
}

/** Whether two weightings give the items both hold different shares (of the shared items' sum). */
const sharesDiffer = (wa: Weights, wb: Weights, id: string, shared: readonly string[]) =>
  Math.abs((wa.get(id) ?? 0) / total(wa, shared) - (wb.get(id) ?? 0) / total(wb, shared)) >
  tolerance

const sharedKeys = (wa: Weights, wb: Weights) => [...wa.keys()].filter((id) => wb.has(id))

/** The total: every dimension's indicators with their reasons merged, and the dimension weights. */
const totalComparability = (
  a: Side,
  b: Side,
  dimensions: readonly GroupComparability[],
  levelMeta: readonly MetaReason[],
  profilesDiffer: boolean,
): GroupComparability => {
  const merged = new Map<string, ComparabilityReason[]>()
  for (const { indicators } of dimensions)
    for (const { indicatorId, reasons } of indicators)
      merged.set(indicatorId, [...(merged.get(indicatorId) ?? []), ...reasons])
  const indicators = [...merged]
    .sort(([x], [y]) => compareIds(x, y))
    .map(([indicatorId, reasons]) => ({ indicatorId, reasons: inOrder(reasons) }))
  const [da, db] = [a.dimensionWeights, b.dimensionWeights]
  const shared = sharedKeys(da, db)
  const dimensionWeightsDiffer =
    shared.length !== da.size ||
    shared.length !== db.size ||
    shared.some((id) => sharesDiffer(da, db, id, shared))
  const meta: MetaReason[] = [
    ...(dimensionWeightsDiffer ? ['dimension-weights' as const] : []),
    ...(profilesDiffer ? ['weight-profile' as const] : []),
    ...levelMeta,
  ]
  return { differs: indicators.length > 0 || meta.length > 0, indicators, meta }
}

/**
 * The differences from side a to side b (see `comparabilityReasons`, `MetaReason`). Indicators are
 * matched by permanent id. A score's indicators are those the engine counts in it on either side
 * (asked of that side's city level, under that dimension or with a weight on that capability); the
 * total's are every dimension's. Weights compare as shares of the indicators both sides count in
 * the score, so an indicator added to a score flags itself, not the others; a weight change that
 * shifts the others' shares flags them too. Dimension weights compare as shares of the dimensions
 * both sides count in the total (those with an asked indicator); a dimension counted on one side
 * only changes the total's weights. Definitions compare as each side's city level is held to them
 * (`indicatorForCityLevel`): a change to the county-level cities' own target flags nothing between
 * two prefecture-level assessments, and a county-level city held to its own target against a
 * prefecture-level one held to the general target is a `target` difference, even in one set.
 * Wording changes do not make scores differ.
 * Weight profiles: when both sides use the same profile (as the engine resolves it), every weight
 * is compared under it. When they use different ones, indicators and dimension weights are
 * compared under each set's own weights, and the profile difference is the reason
 * `weight-profile`: on the total, and on each dimension whose indicators either side's profile
 * weighs otherwise than its set. The same set on both sides at the same city level with the same
 * profile differs nowhere.
 */
export const comparability = (a: ComparedSide, b: ComparedSide): Comparability => {
  const profileA = scoreWeights(a, a.assessment.weightProfile).profileId
  const profileB = scoreWeights(b, b.assessment.weightProfile).profileId
  const profilesDiffer = profileA !== profileB
  const sideA = sideOf(a, profilesDiffer ? undefined : a.assessment.weightProfile)
  const sideB = sideOf(b, profilesDiffer ? undefined : b.assessment.weightProfile)
  const reweightedIds = profilesDiffer
    ? new Set([...reweighted(a), ...reweighted(b)])
    : new Set<string>()
  const changes = new Map<string, DefinitionChange[]>()
  for (const [id, x] of sideA.indicators) {
    const y = sideB.indicators.get(id)
    if (y === undefined) continue
    const [xa, yb] = [
      indicatorForCityLevel(x, a.assessment.cityLevel),
      indicatorForCityLevel(y, b.assessment.cityLevel),
    ]
    changes.set(id, indicatorChanges(xa, yb).definition)
  }
  /** Why a score counts an indicator on one side only: what the other side, `there`, does with it. */
  const missing = (id: string, there: Side, onlyIn: 'only-in-a' | 'only-in-b') =>
    !there.indicators.has(id) ? onlyIn : there.asked.has(id) ? 'placement' : 'not-asked'

  const group = (wa: Weights, wb: Weights, meta: MetaReason[]): GroupComparability => {
    const ids = [...new Set([...wa.keys(), ...wb.keys()])].sort(compareIds)
    const shared = sharedKeys(wa, wb)
    const indicators = ids.flatMap((indicatorId): InvolvedIndicator[] => {
      const reasons: ComparabilityReason[] = [...(changes.get(indicatorId) ?? [])]
      if (!wb.has(indicatorId)) reasons.push(missing(indicatorId, sideB, 'only-in-a'))
      else if (!wa.has(indicatorId)) reasons.push(missing(indicatorId, sideA, 'only-in-b'))
      else if (sharesDiffer(wa, wb, indicatorId, shared)) reasons.push('weight')
      return reasons.length === 0 ? [] : [{ indicatorId, reasons: inOrder(reasons) }]
    })
    return { differs: indicators.length > 0 || meta.length > 0, indicators, meta }
  }

  const levelMeta: MetaReason[] = [
    ...(sameData(a.set.meta.thresholds, b.set.meta.thresholds) ? [] : ['thresholds' as const]),
    ...(a.set.meta.provisionalBelowCoverage === b.set.meta.provisionalBelowCoverage
      ? []
      : ['provisional-below-coverage' as const]),
  ]
  const none: Weights = new Map()
  const dimensionIds = [
    ...new Set([...a.set.meta.dimensions, ...b.set.meta.dimensions].map((d) => d.id)),
  ]
  const dimensions = dimensionIds.map((dimensionId) => ({
    dimensionId,
    ...group(
      sideA.weights.dimensions.get(dimensionId) ?? none,
      sideB.weights.dimensions.get(dimensionId) ?? none,
      reweightedIds.has(dimensionId) ? ['weight-profile', ...levelMeta] : levelMeta,
    ),
  }))
  const capabilities = Object.fromEntries(
    capabilityIds.map((k) => [
      k,
      group(sideA.weights.capabilities(k), sideB.weights.capabilities(k), levelMeta),
    ]),
  ) as Record<CapabilityId, GroupComparability>
  const totalGroup = totalComparability(sideA, sideB, dimensions, levelMeta, profilesDiffer)
  return {
    differs: [totalGroup, ...Object.values(capabilities), ...dimensions].some((g) => g.differs),
    total: totalGroup,
    capabilities,
    dimensions,
  }
}
