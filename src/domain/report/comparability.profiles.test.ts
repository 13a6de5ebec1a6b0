import { describe, expect, it } from 'vitest'
import type { IndicatorSet } from '../indicators/schema'
import { nationalRoundSet, secondRoundProfile } from '../testing/nationalRoundSet'
import { comparability } from './comparability'

const side = (weightProfile?: string, set: IndicatorSet = nationalRoundSet) => ({
  assessment: {
    cityLevel: 'prefecture-and-above' as const,
    ...(weightProfile === undefined ? {} : { weightProfile }),
  },
  set,
})

/** The scores that differ, each with its meta reasons and the indicators involved. */
const flagged = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) => {
  const c = comparability(a, b)
  return Object.fromEntries(
    [['total', c.total] as const, ...c.dimensions.map((d) => [d.dimensionId, d] as const)]
      .filter(([, g]) => g.differs)
      .map(([id, g]) => [id, { meta: g.meta, indicators: g.indicators.length }]),
  )
}

describe('comparability of assessments weighted with different profiles', () => {
  const round2 = secondRoundProfile.id

  it('flags the total and the dimensions the profile weighs inside, and no capability', () => {
    const c = comparability(side(), side(round2))
    expect(Object.values(c.capabilities).every((g) => !g.differs)).toBe(true)
    // 惠民服务 and 精准治理 have sub-dimension weights in the profile; 精准治理's happen to equal
    // the set's own (0.75 of 2.75 is 3 of 11), so only 惠民服务 scores differently.
    expect(flagged(side(), side(round2))).toEqual({
      total: { meta: ['weight-profile'], indicators: 0 },
      L1: { meta: ['weight-profile'], indicators: 0 },
    })
    expect(c.differs).toBe(true)
  })

  it('flags the same either way round', () => {
    expect(flagged(side(round2), side())).toEqual(flagged(side(), side(round2)))
  })

  it('finds nothing when both sides use the same profile', () => {
    expect(comparability(side(round2), side(round2)).differs).toBe(false)
    expect(comparability(side('default'), side()).differs).toBe(false)
  })

  it('counts a profile the set lacks as the set’s own weights', () => {
    expect(comparability(side('gone'), side()).differs).toBe(false)
    expect(flagged(side('gone'), side(round2))).toHaveProperty('total.meta', ['weight-profile'])
  })

  it('compares a new version under the profile both use', () => {
    // The second version weighs 市民体验 39 and 惠民服务 27 in the profile: the total's shares differ.
    const next: IndicatorSet = {
      ...nationalRoundSet,
      meta: {
        ...nationalRoundSet.meta,
        version: '2.0.0',
        weightProfiles: [
          {
            ...secondRoundProfile,
            dimensionWeights: { ...secondRoundProfile.dimensionWeights, L1: 27, L8: 39 },
          },
        ],
      },
    }
    expect(flagged(side(round2), side(round2, next))).toEqual({
      // Inside 惠民服务 智慧农业 and 智慧社区 now weigh 2/27: every indicator's share moves, in the
      // dimension and so in the total.
      total: { meta: ['dimension-weights'], indicators: 10 },
      L1: { meta: [], indicators: 10 },
    })
  })
})
