import { describe, expect, it } from 'vitest'
import { tinyIndicators, tinyMeta, tinySet } from '../testing/tinySet'
import { assembleIndicatorSet } from './assembleIndicatorSet'
import { checkIndicatorSet } from './checkIndicatorSet'
import type { Indicator, IndicatorSet } from './schema'

const codes = (set: IndicatorSet, options = {}) =>
  checkIndicatorSet(set, options).map((i) => `${i.code} ${i.where}: ${i.message}`)

const withIndicator = (id: string, change: (i: Indicator) => Indicator): IndicatorSet => ({
  ...tinySet,
  indicators: tinySet.indicators.map((i) => (i.id === id ? change(i) : i)),
})

describe('checkIndicatorSet', () => {
  it('finds nothing wrong with a sound set', () => {
    expect(codes(tinySet)).toEqual([])
  })

  it('reports every problem of a broken set at once', () => {
    const broken: IndicatorSet = {
      meta: {
        ...tinyMeta,
        dimensions: tinyMeta.dimensions.map((d) => (d.id === 'D2' ? { ...d, weight: 30 } : d)),
      },
      indicators: [
        ...tinyIndicators.map((i): Indicator => {
          if (i.id === 'SC-001')
            return { ...i, capabilities: { DG: 0.5 }, name: { zh: 'English only', en: '中文' } }
          if (i.id === 'SC-003' && i.answer.type === 'level')
            return { ...i, answer: { ...i.answer, levels: i.answer.levels.slice(0, 4) } }
          if (i.id === 'SC-004')
            return {
              ...i,
              sources: [{ source: 'U4SSC', ref: 'EC:ICT:ICT:99C', provenance: 'adapted' }],
            }
          return i
        }),
        { ...tinyIndicators[0], id: 'SC-002' } as Indicator,
      ],
    }
    const found = codes(broken, { u4sscCodes: ['EC:ICT:ICT:1C'] })
    expect(found).toEqual(
      expect.arrayContaining([
        'weights meta: dimension weights sum to 90, not 100',
        'duplicate-id SC-002: id SC-002 is used more than once',
        'capability SC-001: exactly one capability must have weight 1 (the primary one)',
        'translation SC-001 name: zh text has no Chinese characters',
        'translation SC-001 name: en text is mostly Chinese',
        'answer SC-003: rubric has 4 levels; expected 5',
        'source SC-004: unknown source U4SSC',
        'source SC-004: adapted source U4SSC needs a note',
        'u4ssc SC-004: U4SSC code EC:ICT:ICT:99C is not in the KPI list',
      ]),
    )
    expect(found.length).toBeGreaterThanOrEqual(9)
  })

  it('accepts U4SSC codes with or without the uncertain core/advanced suffix', () => {
    const set: IndicatorSet = {
      ...withIndicator('SC-004', (i) => ({
        ...i,
        sources: [{ source: 'U4SSC', ref: 'SC:SH:SA:5A', provenance: 'standard' }],
      })),
      meta: {
        ...tinyMeta,
        sources: [
          ...tinyMeta.sources,
          { ...tinyMeta.sources[0], id: 'U4SSC' } as (typeof tinyMeta.sources)[0],
        ],
      },
    }
    expect(codes(set, { u4sscCodes: ['SC:SH:SA:5'] })).toEqual([])
  })

  it.each([
    ['target equals baseline', { baseline: 50, target: 50 }, 'target equals baseline'],
    [
      'higher with target below baseline',
      { baseline: 50, target: 10 },
      'higher-is-better but target < baseline',
    ],
    [
      'lower with target above baseline',
      { direction: 'lower', baseline: 10, target: 50 },
      'lower-is-better but target > baseline',
    ],
    ['min above max', { min: 100, max: 0 }, 'min ≥ max'],
    ['target outside the range', { target: 120 }, 'target outside [min, max]'],
  ] as const)('checks KPI definitions: %s', (_, change, message) => {
    const set = withIndicator('SC-001', (i) =>
      i.answer.type === 'kpi' ? { ...i, answer: { ...i.answer, ...change } } : i,
    )
    expect(codes(set)).toContain(`answer SC-001: ${message}`)
  })

  it('checks rubric numbering and level scores', () => {
    const set = withIndicator('SC-003', (i) =>
      i.answer.type === 'level'
        ? {
            ...i,
            answer: {
              ...i.answer,
              levels: i.answer.levels.map((l, n) => ({
                ...l,
                level: n === 0 ? 9 : l.level,
                score: n === 1 ? 5 : undefined,
              })),
            },
          }
        : i,
    )
    expect(codes(set)).toEqual(
      expect.arrayContaining([
        'answer SC-003: rubric level 1 is numbered 9',
        'answer SC-003: give a score for every level or none',
      ]),
    )
    const falling = withIndicator('SC-003', (i) =>
      i.answer.type === 'level'
        ? {
            ...i,
            answer: {
              ...i.answer,
              levels: i.answer.levels.map((l) => ({ ...l, score: 100 - l.level })),
            },
          }
        : i,
    )
    expect(codes(falling)).toContain('answer SC-003: level scores must rise with the level')
  })

  it('checks dimensions, sub-dimensions, choice options and capability coverage', () => {
    const set: IndicatorSet = {
      ...tinySet,
      indicators: tinySet.indicators.map((i): Indicator => {
        if (i.id === 'SC-001') return { ...i, dimension: 'D9' }
        if (i.id === 'SC-002') return { ...i, subdimension: undefined }
        if (i.id === 'SC-003') return { ...i, subdimension: 'P7' }
        if (i.id === 'SC-004') return { ...i, subdimension: 'P1' }
        if (i.id === 'SC-005' && i.answer.type === 'choice')
          return {
            ...i,
            answer: { ...i.answer, options: [...i.answer.options, ...i.answer.options] },
          }
        return i
      }),
    }
    expect(codes(set, { minPrimaryPerCapability: 2 })).toEqual(
      expect.arrayContaining([
        'dimension SC-001: unknown dimension D9',
        'dimension SC-002: needs a sub-dimension of D1',
        'dimension SC-003: unknown sub-dimension P7',
        'dimension SC-004: unknown sub-dimension P1',
        'answer SC-005: duplicate option ids',
        'coverage P2: sub-dimension has no indicator',
        'coverage DG: primary capability of 1 indicators; needs 2',
      ]),
    )
  })

  it('checks the meta header', () => {
    const meta = {
      ...tinyMeta,
      thresholds: [30, 20, 70, 90],
      levels: [...tinyMeta.levels].reverse(),
      sources: [...tinyMeta.sources, ...tinyMeta.sources],
      capabilities: tinyMeta.capabilities.map((c) => ({ ...c, id: 'DG' as const })),
      dimensions: [
        ...tinyMeta.dimensions,
        { ...tinyMeta.dimensions[1], id: 'D1' } as (typeof tinyMeta.dimensions)[0],
        { ...tinyMeta.dimensions[1], id: 'D3' } as (typeof tinyMeta.dimensions)[0],
      ],
    }
    expect(codes({ ...tinySet, meta })).toEqual(
      expect.arrayContaining([
        'levels meta: thresholds must rise',
        'levels meta: levels must be L1…L5 in order',
        'source meta: duplicate source ids',
        'capability meta: each capability once',
        'dimension meta: duplicate dimension or sub-dimension ids',
        'coverage D3: dimension has no indicator',
      ]),
    )
  })
})

describe('assembleIndicatorSet', () => {
  it('assembles a meta file and indicator files into a set', () => {
    const result = assembleIndicatorSet([
      { name: 'meta.json', data: tinyMeta },
      { name: 'a.json', data: { kind: 'indicators', indicators: tinyIndicators } },
    ])
    expect(result.ok && result.set.indicators.map((i) => i.id)).toEqual([
      'SC-001',
      'SC-002',
      'SC-003',
      'SC-004',
      'SC-005',
    ])
  })

  it('reports schema problems of every file with their path, and a missing meta', () => {
    const result = assembleIndicatorSet([
      {
        name: 'a.json',
        data: {
          kind: 'indicators',
          indicators: [{ ...tinyIndicators[0], name: { zh: '', en: 'x' }, extra: 1 }],
        },
      },
      { name: 'b.json', data: { kind: 'what' } },
    ])
    expect(result.ok).toBe(false)
    const messages = result.ok ? [] : result.issues.map((i) => `${i.code} ${i.where}`)
    expect(messages).toEqual(
      expect.arrayContaining([
        'schema a.json: indicators.0.name.zh',
        'schema a.json: indicators.0',
        'schema b.json: kind',
        'meta indicators/',
      ]),
    )
  })

  it('refuses two meta files', () => {
    const result = assembleIndicatorSet([
      { name: 'meta.json', data: tinyMeta },
      { name: 'meta2.json', data: tinyMeta },
      { name: 'a.json', data: { kind: 'indicators', indicators: tinyIndicators } },
    ])
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      '2 meta files; expected one',
    ])
  })
})
