import { describe, expect, it } from 'vitest'
import { checkIndicatorSet } from '../indicators/checkIndicatorSet'
import type { IndicatorSet } from '../indicators/schema'
import {
  nationalRoundAnswers,
  nationalRoundSet,
  secondRoundProfile,
} from '../testing/nationalRoundSet'
import { scoreAssessment } from './scoreAssessment'

/**
 * One fixture shaped like the built-in set, scored under the set's own weights (GB/T 33356-2016)
 * and under the second national round's profile, with every number worked out by hand below.
 * Each answer's value is its score.
 */
const scores = {
  // 惠民服务: L1P1 (weight 8) scores 80, L1P2–L1P8 (3+3+3+3+3+7+5 = 27) score 50, the two new
  // sub-dimensions L1P9 and L1P10 (weight 2 each) score 100.
  L1P1: 80,
  ...Object.fromEntries(
    ['L1P2', 'L1P3', 'L1P4', 'L1P5', 'L1P6', 'L1P7', 'L1P8'].map((p) => [p, 50]),
  ),
  L1P9: 100,
  L1P10: 100,
  // 精准治理: L2P1 and L2P2 (weight 1 each) score 60 and 40, L2P3 社会信用 (weight 0.75) 20.
  L2P1: 60,
  L2P2: 40,
  L2P3: 20,
  L3: 40,
  L4: 70,
  L5: 30,
  L6: 90,
  L7: 10,
  L8: 80,
}
const answers = nationalRoundAnswers(scores)

// The set's own weights: each sub-dimension weighs its weight ÷ the dimension's sum of weights.
const l1Own = (8 * 80 + 27 * 50 + 2 * 100 + 2 * 100) / 39 // = 2390 / 39 ≈ 61.282
const l2Own = (1 * 60 + 1 * 40 + 0.75 * 20) / 2.75 // = 115 / 2.75 ≈ 41.818
// GB/T 33356-2016: 37·L1 + 9·L2 + 8·40 + 7·70 + 7·30 + 8·90 + 4·10 + 20·80, over 100.
const totalOwn =
  (37 * l1Own + 9 * l2Own + 8 * 40 + 7 * 70 + 7 * 30 + 8 * 90 + 4 * 10 + 20 * 80) / 100

// Second round: in 惠民服务 (26 % of the total) 智慧社区 and 智慧农业 weigh 2/26 each; the other
// eight sub-dimensions share the remaining 22/26 by their own weights (8 of 35 for L1P1, 27 of 35
// for the rest).
const l1Round2 = (2 / 26) * 100 + (2 / 26) * 100 + (22 / 26) * ((8 * 80 + 27 * 50) / 35) // ≈ 63.495
// In 精准治理 (11 %) 社会信用 weighs 3/11; L2P1 and L2P2 share 8/11 equally (weights 1 and 1).
const l2Round2 = (3 / 11) * 20 + (8 / 11) * ((60 + 40) / 2) // = 460 / 11 ≈ 41.818
// (The same as under the set's own weights: 0.75 of 2.75 is 3/11, and L2P1 and L2P2 weigh alike.)
// 网络安全 (L6, 90) is reported apart: it is in neither sum, and nothing is deducted.
const totalRound2 =
  (26 * l1Round2 + 11 * l2Round2 + 6 * 40 + 5 * 70 + 8 * 30 + 4 * 10 + 40 * 80) / 100

describe('the weighted total under both weight profiles (worked by hand)', () => {
  it('uses a fixture and a profile that pass every integrity rule', () => {
    expect(checkIndicatorSet(nationalRoundSet)).toEqual([])
  })

  it.each([
    ['the set’s own weights (GB/T 33356-2016)', undefined, 'default', totalOwn, l1Own, l2Own],
    [
      'the second national round',
      secondRoundProfile.id,
      secondRoundProfile.id,
      totalRound2,
      l1Round2,
      l2Round2,
    ],
  ])('under %s', (_, profileId, used, total, l1, l2) => {
    const result = scoreAssessment(nationalRoundSet, answers, 'prefecture-and-above', profileId)
    expect(result.weighting).toEqual({ profileId: used, unknownProfile: null })
    expect(result.total.score).toBeCloseTo(total, 10)
    expect(result.dimensions[0]?.score).toBeCloseTo(l1, 10)
    expect(result.dimensions[1]?.score).toBeCloseTo(l2, 10)
    const sum = result.total.contributions.reduce((s, c) => s + c.contribution, 0)
    expect(sum).toBeCloseTo(total, 10)
  })

  it('gives different totals: 60.238 under GB/T 33356-2016, 61.809 under the second round', () => {
    // (2267.436 + 376.364 + 320 + 490 + 210 + 720 + 40 + 1600) / 100
    expect(totalOwn).toBeCloseTo(60.238, 3)
    // (1650.857 + 460 + 240 + 350 + 240 + 40 + 3200) / 100
    expect(totalRound2).toBeCloseTo(61.809, 3)
  })

  it('keeps the dimension reported apart scored and shown, but out of the total', () => {
    const result = scoreAssessment(
      nationalRoundSet,
      answers,
      'prefecture-and-above',
      secondRoundProfile.id,
    )
    const l6 = result.dimensions.find((d) => d.dimensionId === 'L6')
    expect(l6).toMatchObject({ score: 90, apart: true, weight: 0, coverage: 1 })
    expect(result.total.contributions.map((c) => c.dimensionId)).not.toContain('L6')
    expect(result.total.contributions.map((c) => [c.dimensionId, c.share])).toEqual([
      ['L1', 0.26],
      ['L2', 0.11],
      ['L3', 0.06],
      ['L4', 0.05],
      ['L5', 0.08],
      ['L7', 0.04],
      ['L8', 0.4],
    ])
    expect(result.dimensions.filter((d) => d.apart).map((d) => d.dimensionId)).toEqual(['L6'])
  })

  it('scores capabilities the same under every profile', () => {
    const own = scoreAssessment(nationalRoundSet, answers, 'prefecture-and-above')
    const round2 = scoreAssessment(
      nationalRoundSet,
      answers,
      'prefecture-and-above',
      'national-round-2',
    )
    expect(round2.capabilities).toEqual(own.capabilities)
  })
})

describe('weight profile edge cases', () => {
  it('falls back to the set’s own weights for a profile the set does not define, and says so', () => {
    const result = scoreAssessment(nationalRoundSet, answers, 'prefecture-and-above', 'gone')
    expect(result.weighting).toEqual({ profileId: 'default', unknownProfile: 'gone' })
    expect(result.total.score).toBeCloseTo(totalOwn, 10)
  })

  it('falls back for a set without any profile too', () => {
    const bare: IndicatorSet = {
      ...nationalRoundSet,
      meta: { ...nationalRoundSet.meta, weightProfiles: undefined },
    }
    const result = scoreAssessment(bare, answers, 'prefecture-and-above', 'national-round-2')
    expect(result.weighting).toEqual({ profileId: 'default', unknownProfile: 'national-round-2' })
    expect(result.dimensions.every((d) => !d.apart)).toBe(true)
  })

  it('reads the id "default" as the set’s own weights, without a flag', () => {
    const result = scoreAssessment(nationalRoundSet, answers, 'prefecture-and-above', 'default')
    expect(result.weighting).toEqual({ profileId: 'default', unknownProfile: null })
    expect(result.total.score).toBeCloseTo(totalOwn, 10)
  })

  it('rescales the profile’s weights over the dimensions with a score', () => {
    // Only 惠民服务 (26), 市民体验 (40) and 网络安全 (apart) answered.
    const some = nationalRoundAnswers({ L1P1: 80, L8: 80, L6: 0 })
    const result = scoreAssessment(
      nationalRoundSet,
      some,
      'prefecture-and-above',
      'national-round-2',
    )
    // L1: only L1P1 is scored, so it is the whole of L1: 80.
    expect(result.total.score).toBeCloseTo((26 * 80 + 40 * 80) / 66, 10)
    expect(result.total.contributions.map((c) => c.share)).toEqual([26 / 66, 40 / 66])
    // Coverage: of L1 only L1P1 is answered, (22/26)·(8/35) of its weight; L6's open indicators
    // do not lower the total's coverage.
    const l1 = result.dimensions[0]
    expect(l1?.coverage).toBeCloseTo((22 / 26) * (8 / 35), 10)
    const weightedCoverage = (26 * (l1?.coverage ?? 0) + 40 * 1) / 100
    expect(result.total.coverage).toBeCloseTo(weightedCoverage, 10)
  })

  it('renormalises a stated sub-dimension share when another sub-dimension is not asked', () => {
    // 智慧农业 (L1P10) not asked of county-level cities: L1P9 keeps 2/26 against the others' 22/26.
    const countyOnly: IndicatorSet = {
      ...nationalRoundSet,
      indicators: nationalRoundSet.indicators.map((i) =>
        i.subdimension === 'L1P10' ? { ...i, applicability: 'prefecture-and-above' } : i,
      ),
    }
    const result = scoreAssessment(countyOnly, answers, 'county', 'national-round-2')
    const l1 = ((2 / 26) * 100 + (22 / 26) * ((8 * 80 + 27 * 50) / 35)) / (24 / 26)
    expect(result.dimensions[0]?.score).toBeCloseTo(l1, 10)
  })
})
