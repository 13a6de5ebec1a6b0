import { describe, expect, it } from 'vitest'
import type { Dimension, MetaFile } from '../indicators/schema'
import { must } from '../testing/must'
import { nationalRoundMeta, secondRoundProfile } from '../testing/nationalRoundSet'
import { resolveWeighting } from './weighting'

const dimension = (id: string): Dimension =>
  must(
    nationalRoundMeta.dimensions.find((d) => d.id === id),
    id,
  )
const L1 = dimension('L1')
const L2 = dimension('L2')
const L6 = dimension('L6')

describe('resolveWeighting', () => {
  it('uses the set’s own weights by default', () => {
    const w = resolveWeighting(nationalRoundMeta)
    expect([w.profileId, w.unknownProfile]).toEqual(['default', null])
    expect([L1, L6].map(w.dimensionWeight)).toEqual([37, 8])
    expect(['L1P1', 'L1P9', 'L1'].map((key) => w.groupWeight(L1, key))).toEqual([8, 2, 1])
  })

  it('gives stated sub-dimensions their share of the dimension and the others the rest by weight', () => {
    const w = resolveWeighting(nationalRoundMeta, secondRoundProfile.id)
    expect([L1, L2, L6].map(w.dimensionWeight)).toEqual([26, 11, null])
    // 惠民服务 26: L1P9 and L1P10 2/26 each; L1P1 (8 of the others' 35) 22/26 · 8/35.
    expect(w.groupWeight(L1, 'L1P9')).toBeCloseTo(2 / 26, 12)
    expect(w.groupWeight(L1, 'L1P10')).toBeCloseTo(2 / 26, 12)
    expect(w.groupWeight(L1, 'L1P1')).toBeCloseTo((22 / 26) * (8 / 35), 12)
    expect(w.groupWeight(L1, 'L1P7')).toBeCloseTo((22 / 26) * (7 / 35), 12)
    const all = must(L1.subdimensions, 'L1 sub-dimensions').map((s) => w.groupWeight(L1, s.id))
    expect(all.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12)
    // 精准治理 11: 社会信用 3/11, the two others 4/11 each.
    expect(['L2P1', 'L2P2', 'L2P3'].map((key) => w.groupWeight(L2, key))).toEqual([
      expect.closeTo(4 / 11, 12),
      expect.closeTo(4 / 11, 12),
      expect.closeTo(3 / 11, 12),
    ])
  })

  it('keeps the set’s own sub-dimension weights in a dimension the profile states none for', () => {
    const meta: MetaFile = {
      ...nationalRoundMeta,
      weightProfiles: [{ ...secondRoundProfile, subdimensionWeights: { L2P3: 3 } }],
    }
    const w = resolveWeighting(meta, secondRoundProfile.id)
    expect(w.groupWeight(L1, 'L1P1')).toBe(8)
  })

  it('falls back to the set’s own weights for an unknown profile, naming it', () => {
    const w = resolveWeighting(nationalRoundMeta, 'national-round-9')
    expect([w.profileId, w.unknownProfile]).toEqual(['default', 'national-round-9'])
    expect(w.dimensionWeight(L6)).toBe(8)
  })

  it('keeps the set’s own weights inside every dimension when the profile states no sub-dimension', () => {
    const bare = { ...secondRoundProfile, subdimensionWeights: undefined }
    const w = resolveWeighting({ ...nationalRoundMeta, weightProfiles: [bare] }, bare.id)
    expect([w.groupWeight(L1, 'L1P9'), w.groupWeight(L2, 'L2P3')]).toEqual([2, 0.75])
  })

  it('never divides by zero in a profile the integrity rules refuse', () => {
    // Every sub-dimension of 精准治理 stated (4 + 4 + 3 = 11): a stray group takes what is left, 0.
    const all: MetaFile = {
      ...nationalRoundMeta,
      weightProfiles: [
        { ...secondRoundProfile, subdimensionWeights: { L2P1: 4, L2P2: 4, L2P3: 3 } },
      ],
    }
    expect(resolveWeighting(all, secondRoundProfile.id).groupWeight(L2, 'L2')).toBe(0)
    // Sub-dimension weights for a dimension the profile reports apart: the set's own weights hold.
    const apart: MetaFile = {
      ...nationalRoundMeta,
      weightProfiles: [
        { ...secondRoundProfile, dimensionWeights: { L2: 11 }, subdimensionWeights: { L1P9: 2 } },
      ],
    }
    expect(resolveWeighting(apart, secondRoundProfile.id).groupWeight(L1, 'L1P9')).toBe(2)
  })
})
