import { describe, expect, it } from 'vitest'
import { nationalRoundSet, secondRoundProfile } from '../testing/nationalRoundSet'
import { checkIndicatorSet } from './checkIndicatorSet'
import type { IndicatorSet } from './schema'
import type { WeightProfile } from './weightProfileSchema'

/** The fixture with its one profile changed; what the checker says, with the path it points to. */
const found = (change: (p: WeightProfile) => WeightProfile | WeightProfile[]) => {
  const changed = change(structuredClone(secondRoundProfile))
  const set: IndicatorSet = {
    ...nationalRoundSet,
    meta: {
      ...nationalRoundSet.meta,
      weightProfiles: Array.isArray(changed) ? changed : [changed],
    },
  }
  return checkIndicatorSet(set).map((i) => [i.code, i.path.join('.'), i.message])
}

describe('the integrity rules of weight profiles', () => {
  it('accept the second national round’s profile', () => {
    expect(found((p) => p)).toEqual([])
  })

  it.each<[string, (p: WeightProfile) => WeightProfile | WeightProfile[], string[][]]>([
    [
      'an unknown dimension',
      (p) => ({ ...p, dimensionWeights: { ...p.dimensionWeights, L9: 0.5, L8: 39.5 } }),
      [
        [
          'profile-unknown-dimension',
          'meta.weightProfiles.0.dimensionWeights.L9',
          'weight profile national-round-2: unknown dimension L9',
        ],
      ],
    ],
    [
      'an unknown dimension reported apart',
      (p) => ({ ...p, reportedApart: ['L6', 'L0'] }),
      [
        [
          'profile-unknown-dimension',
          'meta.weightProfiles.0.reportedApart.1',
          'weight profile national-round-2: unknown dimension L0',
        ],
      ],
    ],
    [
      'an unknown sub-dimension',
      (p) => ({ ...p, subdimensionWeights: { ...p.subdimensionWeights, L1P11: 1 } }),
      [
        [
          'profile-unknown-subdimension',
          'meta.weightProfiles.0.subdimensionWeights.L1P11',
          'weight profile national-round-2: unknown sub-dimension L1P11',
        ],
      ],
    ],
    [
      'weights that do not add up to 100',
      (p) => ({ ...p, dimensionWeights: { ...p.dimensionWeights, L8: 30 } }),
      [
        [
          'profile-weights',
          'meta.weightProfiles.0.dimensionWeights',
          'weight profile national-round-2: dimension weights sum to 90, not 100',
        ],
      ],
    ],
    [
      'a dimension neither weighted nor reported apart',
      (p) => ({ ...p, reportedApart: [] }),
      [
        [
          'profile-dimension-unweighted',
          'meta.weightProfiles.0.dimensionWeights',
          'weight profile national-round-2 neither weights dimension L6 nor reports it apart',
        ],
      ],
    ],
    [
      'a dimension weighted and reported apart',
      (p) => ({ ...p, reportedApart: ['L6', 'L7'] }),
      [
        [
          'profile-apart-weighted',
          'meta.weightProfiles.0.reportedApart.1',
          'weight profile national-round-2 both weights dimension L7 and reports it apart',
        ],
      ],
    ],
    [
      'sub-dimension weights above their dimension’s',
      (p) => ({ ...p, subdimensionWeights: { L2P3: 12 } }),
      [
        [
          'profile-subdimension-weights',
          'meta.weightProfiles.0.subdimensionWeights',
          'weight profile national-round-2: sub-dimensions of L2 weigh 12 of its 11; they must stay below it, or equal it when they are all its sub-dimensions',
        ],
      ],
    ],
    [
      'sub-dimension weights that leave nothing for the others',
      (p) => ({ ...p, subdimensionWeights: { L2P1: 5, L2P3: 6 } }),
      [['profile-subdimension-weights', 'meta.weightProfiles.0.subdimensionWeights']],
    ],
    [
      'sub-dimension weights of a dimension reported apart',
      (p) => ({
        ...p,
        dimensionWeights: { L1: 26, L3: 6, L4: 5, L5: 8, L6: 11, L7: 4, L8: 40 },
        reportedApart: ['L2'],
      }),
      [
        [
          'profile-subdimension-weights',
          'meta.weightProfiles.0.subdimensionWeights',
          'weight profile national-round-2: sub-dimensions of L2 weigh 3 of its 0; they must stay below it, or equal it when they are all its sub-dimensions',
        ],
      ],
    ],
    [
      'an unknown source',
      (p) => ({ ...p, source: 'Interview' }),
      [
        [
          'profile-unknown-source',
          'meta.weightProfiles.0.source',
          'weight profile national-round-2: unknown source Interview',
        ],
      ],
    ],
    [
      'the default’s id',
      (p) => ({ ...p, id: 'default' }),
      [
        [
          'reserved-profile-id',
          'meta.weightProfiles.0.id',
          "weight profile id default names the set's own weights; choose another",
        ],
      ],
    ],
    [
      'two profiles with one id',
      (p) => [p, { ...p, name: { zh: '另一个', en: 'another' } }],
      [
        [
          'duplicate-profile-id',
          'meta.weightProfiles.1.id',
          'weight profile id national-round-2 is used more than once',
        ],
      ],
    ],
  ])('refuse %s', (_, change, expected) => {
    const issues = found(change)
    expect(issues.map((i) => i.slice(0, expected[0]?.length ?? 3))).toEqual(expected)
  })

  it('accept sub-dimension weights equal to their dimension’s when they are all its sub-dimensions', () => {
    expect(found((p) => ({ ...p, subdimensionWeights: { L2P1: 4, L2P2: 4, L2P3: 3 } }))).toEqual([])
  })
})
