import { describe, expect, it } from 'vitest'
import { must } from '../testing/must'
import { t, tinyMeta } from '../testing/tinySet'
import { metaChanges } from './metaChanges'
import { secondRoundProfile } from '../testing/nationalRoundSet'
import type { Dimension, MetaFile } from './schema'
import type { WeightProfile } from './weightProfileSchema'

const [d1, d2] = tinyMeta.dimensions
const D1 = must(d1, 'D1')
const D2 = must(d2, 'D2')
const withDimensions = (...dimensions: Dimension[]): MetaFile => ({ ...tinyMeta, dimensions })

describe('metaChanges', () => {
  it('finds nothing between two headers that differ only in identity', () => {
    const other = {
      ...structuredClone(tinyMeta),
      setId: 'other',
      version: '9.0.0',
      released: '2030-01-01',
    }
    expect(metaChanges(tinyMeta, other)).toEqual({ changes: [], wording: [] })
  })

  it.each<[string, MetaFile, unknown[]]>([
    [
      'a dimension weight',
      withDimensions(D1, { ...D2, weight: 50 }),
      [{ kind: 'dimension-weight', dimensionId: 'D2', from: 40, to: 50 }],
    ],
    [
      'a dimension added',
      withDimensions(D1, D2, { ...D2, id: 'D3' }),
      [{ kind: 'dimension-added', dimensionId: 'D3' }],
    ],
    ['a dimension retired', withDimensions(D1), [{ kind: 'dimension-retired', dimensionId: 'D2' }]],
    [
      'a sub-dimension weight',
      withDimensions(
        {
          ...D1,
          subdimensions: D1.subdimensions?.map((s) => (s.id === 'P2' ? { ...s, weight: 2 } : s)),
        },
        D2,
      ),
      [{ kind: 'subdimension-weight', dimensionId: 'D1', subdimensionId: 'P2', from: 1, to: 2 }],
    ],
    [
      'sub-dimensions added and retired',
      withDimensions(
        { ...D1, subdimensions: D1.subdimensions?.filter((s) => s.id === 'P2') },
        { ...D2, subdimensions: [{ id: 'Q1', name: t('Q1'), weight: 1, weightSource: 'defined' }] },
      ),
      [
        { kind: 'subdimension-retired', dimensionId: 'D1', subdimensionId: 'P1' },
        { kind: 'subdimension-added', dimensionId: 'D2', subdimensionId: 'Q1' },
      ],
    ],
    [
      'the thresholds',
      { ...tinyMeta, thresholds: [20, 50, 70, 90] },
      [{ kind: 'thresholds', from: [30, 50, 70, 90], to: [20, 50, 70, 90] }],
    ],
    [
      'the provisional coverage',
      { ...tinyMeta, provisionalBelowCoverage: 0.5 },
      [{ kind: 'provisional-below-coverage', from: 0.8, to: 0.5 }],
    ],
    [
      'the rubric level count',
      { ...tinyMeta, rubricLevels: 4 },
      [{ kind: 'rubric-levels', from: 5, to: 4 }],
    ],
  ])('reports %s as a change that moves numbers', (_, to, changes) => {
    expect(metaChanges(tinyMeta, to)).toEqual({ changes, wording: [] })
  })

  it.each<[string, MetaFile]>([
    ['name', { ...tinyMeta, name: t('renamed') }],
    [
      'sources',
      {
        ...tinyMeta,
        sources: [
          ...tinyMeta.sources,
          { id: 'T', title: t('T'), verification: 'unverified', note: t('n') },
        ],
      },
    ],
    ['dimensions', withDimensions({ ...D1, name: t('renamed') }, D2)],
    ['dimensions', withDimensions(D1, { ...D2, note: t('a note') })],
    ['dimensions', withDimensions(D1, { ...D2, weightVerification: 'secondary' })],
    [
      'dimensions',
      withDimensions(
        { ...D1, subdimensions: D1.subdimensions?.map((s) => ({ ...s, name: t('x') })) },
        D2,
      ),
    ],
    [
      'capabilities',
      {
        ...tinyMeta,
        capabilities: tinyMeta.capabilities.map((c) => ({ ...c, definition: t('new') })),
      },
    ],
    ['levels', { ...tinyMeta, levels: tinyMeta.levels.map((l) => ({ ...l, name: t('new') })) }],
    ['threshold-source', { ...tinyMeta, thresholdSource: t('ours') }],
    [
      'release-notes',
      {
        ...tinyMeta,
        releaseNotes: [{ indicators: ['SC-001'], change: t('renamed'), reason: t('clearer') }],
      },
    ],
  ])('reports a change of %s as wording', (field, to) => {
    expect(metaChanges(tinyMeta, to)).toEqual({ changes: [], wording: [field] })
  })

  it('lists dimensions in id order whatever their order in the file, then the other fields', () => {
    const to: MetaFile = {
      ...withDimensions({ ...D2, weight: 30 }, { ...D1, weight: 70, name: t('one') }),
      thresholds: [25, 50, 75, 90],
      name: t('renamed'),
    }
    expect(metaChanges(tinyMeta, to)).toEqual({
      changes: [
        { kind: 'dimension-weight', dimensionId: 'D1', from: 60, to: 70 },
        { kind: 'dimension-weight', dimensionId: 'D2', from: 40, to: 30 },
        { kind: 'thresholds', from: [30, 50, 70, 90], to: [25, 50, 75, 90] },
      ],
      wording: ['name', 'dimensions'],
    })
  })

  it('does not count a new order of dimensions as a change', () => {
    expect(metaChanges(tinyMeta, withDimensions(D2, D1))).toEqual({ changes: [], wording: [] })
  })

  describe('weight profiles', () => {
    const profile = secondRoundProfile
    const withProfiles = (...weightProfiles: WeightProfile[]): MetaFile => ({
      ...tinyMeta,
      weightProfiles,
    })

    it.each<[string, MetaFile, MetaFile, unknown[]]>([
      [
        'one added',
        tinyMeta,
        withProfiles(profile),
        [{ kind: 'weight-profile', profileId: profile.id, change: 'added' }],
      ],
      [
        'one retired',
        withProfiles(profile),
        tinyMeta,
        [{ kind: 'weight-profile', profileId: profile.id, change: 'retired' }],
      ],
      [
        'a dimension weight',
        withProfiles(profile),
        withProfiles({ ...profile, dimensionWeights: { ...profile.dimensionWeights, L8: 39 } }),
        [{ kind: 'weight-profile', profileId: profile.id, change: 'weights' }],
      ],
      [
        'the dimensions reported apart',
        withProfiles(profile),
        withProfiles({ ...profile, reportedApart: ['L6', 'L7'] }),
        [{ kind: 'weight-profile', profileId: profile.id, change: 'weights' }],
      ],
    ])('reports %s as a change that moves numbers', (_, from, to, changes) => {
      expect(metaChanges(from, to)).toEqual({ changes, wording: [] })
    })

    it('reports a new name or note as wording, and a new order of the apart list as nothing', () => {
      const renamed = { ...profile, note: t('another note') }
      expect(metaChanges(withProfiles(profile), withProfiles(renamed))).toEqual({
        changes: [],
        wording: ['weight-profiles'],
      })
      const a = { ...profile, reportedApart: ['L6', 'L7'] }
      const b = { ...profile, reportedApart: ['L7', 'L6'] }
      expect(metaChanges(withProfiles(a), withProfiles(b))).toEqual({ changes: [], wording: [] })
    })
  })
})
