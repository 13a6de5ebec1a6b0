import { describe, expect, it } from 'vitest'
import { tinyIndicators, tinyMeta, tinySet } from '../testing/tinySet'
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
        'dimension-weights meta: dimension weights sum to 90, not 100',
        'duplicate-indicator-id SC-002: id SC-002 is used more than once',
        'primary-capability SC-001: exactly one capability must have weight 1 (the primary one)',
        'zh-without-chinese SC-001 name: zh text has no Chinese characters',
        'en-mostly-chinese SC-001 name: en text is mostly Chinese',
        'rubric-level-count SC-003: rubric has 4 levels; expected 5',
        'unknown-source SC-004: unknown source U4SSC',
        'source-needs-note SC-004: adapted source U4SSC needs a note',
        'unknown-u4ssc-code SC-004: U4SSC code EC:ICT:ICT:99C is not in the KPI list',
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
    [
      'target equals baseline',
      { baseline: 50, target: 50 },
      'target-equals-baseline SC-001: target equals baseline',
    ],
    [
      'higher with target below baseline',
      { baseline: 50, target: 10 },
      'target-below-baseline SC-001: higher-is-better but target < baseline',
    ],
    [
      'lower with target above baseline',
      { direction: 'lower', baseline: 10, target: 50 },
      'target-above-baseline SC-001: lower-is-better but target > baseline',
    ],
    ['min above max', { min: 100, max: 0 }, 'min-not-below-max SC-001: min ≥ max'],
    [
      'target outside the range',
      { target: 120 },
      'outside-range SC-001: target outside [min, max]',
    ],
  ] as const)('checks KPI definitions: %s', (_, change, expected) => {
    const set = withIndicator('SC-001', (i) =>
      i.answer.type === 'kpi' ? { ...i, answer: { ...i.answer, ...change } } : i,
    )
    expect(codes(set)).toContain(expected)
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
        'rubric-level-number SC-003: rubric level 1 is numbered 9',
        'rubric-scores-partial SC-003: give a score for every level or none',
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
    expect(codes(falling)).toContain(
      'rubric-scores-not-rising SC-003: level scores must rise with the level',
    )
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
        'unknown-dimension SC-001: unknown dimension D9',
        'missing-subdimension SC-002: needs a sub-dimension of D1',
        'unknown-subdimension SC-003: unknown sub-dimension P7',
        'unknown-subdimension SC-004: unknown sub-dimension P1',
        'duplicate-option-id SC-005: option id none is used more than once',
        'empty-subdimension P2: sub-dimension has no indicator',
        'few-primary DG: primary capability of 1 indicators; needs 2',
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
        'thresholds-not-rising meta: thresholds must rise',
        'levels-out-of-order meta: levels must be L1…L5 in order',
        'duplicate-source-id meta: source id S is used more than once',
        'capability-missing meta: capability DT is not described (each capability once)',
        'duplicate-dimension-id meta: dimension or sub-dimension id D1 is used more than once',
        'empty-dimension D3: dimension has no indicator',
      ]),
    )
  })
})

describe('checkIndicatorSet: retired ids, id prefixes, built-in ids and empty radar axes', () => {
  it('refuses an indicator whose id was retired, and a retired id listed twice', () => {
    const set: IndicatorSet = {
      ...tinySet,
      meta: { ...tinyMeta, retired: ['SC-009', 'SC-003', 'SC-009'] },
    }
    expect(codes(set)).toEqual([
      'duplicate-retired-id meta: retired id SC-009 is listed more than once',
      'retired-id-used SC-003: id SC-003 is retired and may not be used again',
    ])
    expect(codes({ ...tinySet, meta: { ...tinyMeta, retired: ['SC-009'] } })).toEqual([])
  })

  it('holds the ids to a prefix only when told (the built-in sets use SC)', () => {
    const set = withIndicator('SC-002', (i) => ({ ...i, id: 'ZJ-002' }))
    expect(codes(set)).toEqual([])
    expect(codes(set, { idPrefix: 'SC' })).toEqual([
      'id-prefix ZJ-002: id ZJ-002 does not start with SC-',
    ])
  })

  it('refuses a set that takes the id of a set built into the app, when told which', () => {
    const set = { ...tinySet, meta: { ...tinyMeta, setId: 'scm-default' } }
    expect(codes(set)).toEqual([])
    expect(codes(set, { builtInSetIds: ['scm-default'] })).toEqual([
      'built-in-set-id meta: set id scm-default belongs to a set built into the app',
    ])
  })

  it('needs every capability to be the primary one of an indicator, so no radar axis is empty', () => {
    const set = withIndicator('SC-004', (i) => ({ ...i, capabilities: { DG: 1, SA: 0.5 } }))
    expect(codes(set)).toEqual([
      'capability-without-primary SA: no indicator has this primary capability; its radar axis would be empty',
    ])
    expect(codes(set, { minPrimaryPerCapability: 0 })).toEqual([])
  })

  it('says where each problem is: a JSON path into a set file, and the indicator', () => {
    const set: IndicatorSet = {
      meta: { ...tinyMeta, thresholds: [30, 30, 70, 90] },
      indicators: tinyIndicators.map((i): Indicator => {
        if (i.id === 'SC-001' && i.answer.type === 'kpi')
          return { ...i, answer: { ...i.answer, target: -10 } }
        if (i.id === 'SC-003' && i.answer.type === 'level')
          return {
            ...i,
            answer: {
              ...i.answer,
              levels: i.answer.levels.map((l) =>
                l.level === 2 ? { ...l, descriptor: { zh: 'two', en: 'two' } } : l,
              ),
            },
          }
        return i
      }),
    }
    expect(
      checkIndicatorSet(set).map(({ code, path, indicator }) => ({ code, path, indicator })),
    ).toEqual([
      { code: 'thresholds-not-rising', path: ['meta', 'thresholds'], indicator: undefined },
      {
        code: 'target-below-baseline',
        path: ['indicators', 0, 'answer', 'target'],
        indicator: 'SC-001',
      },
      {
        code: 'outside-range',
        path: ['indicators', 0, 'answer', 'target'],
        indicator: 'SC-001',
      },
      {
        code: 'zh-without-chinese',
        path: ['indicators', 2, 'answer', 'levels', 1, 'descriptor', 'zh'],
        indicator: 'SC-003',
      },
    ])
  })
})
