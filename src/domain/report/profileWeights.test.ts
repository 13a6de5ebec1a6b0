import { describe, expect, it } from 'vitest'
import { nationalRoundMeta, secondRoundProfile } from '../testing/nationalRoundSet'
import { profileWeightRows } from './profileWeights'

describe('profileWeightRows', () => {
  it('lists every dimension with both weights, and the stated sub-dimensions after their own', () => {
    const rows = profileWeightRows(nationalRoundMeta, secondRoundProfile).map((r) => [
      r.subdimensionId ?? r.dimensionId,
      r.own,
      r.weight,
    ])
    expect(rows).toEqual([
      ['L1', 37, 26],
      // 37 % × 2 of the 39 that 惠民服务's sub-dimensions weigh.
      ['L1P9', expect.closeTo((37 * 2) / 39, 12), 2],
      ['L1P10', expect.closeTo((37 * 2) / 39, 12), 2],
      ['L2', 9, 11],
      ['L2P3', expect.closeTo((9 * 0.75) / 2.75, 12), 3],
      ['L3', 8, 6],
      ['L4', 7, 5],
      ['L5', 7, 8],
      ['L6', 8, null],
      ['L7', 4, 4],
      ['L8', 20, 40],
    ])
  })
})
