import { describe, expect, it } from 'vitest'
import { countyTinySet } from '../testing/countyTinySet'
import { must } from '../testing/must'
import { t, tinyIndicator } from '../testing/tinySet'
import { indicatorChanges, unchanged } from './indicatorChanges'
import type { AnswerDefinition, Indicator } from './schema'

/** The indicator with its answer definition replaced by `edit`'s result. */
const withAnswer = <T extends AnswerDefinition['type']>(
  id: string,
  edit: (def: Extract<AnswerDefinition, { type: T }>) => AnswerDefinition,
): [Indicator, Indicator] => {
  const indicator = tinyIndicator(id)
  return [
    indicator,
    { ...indicator, answer: edit(indicator.answer as Extract<AnswerDefinition, { type: T }>) },
  ]
}

const edited = (id: string, edit: Partial<Indicator>): [Indicator, Indicator] => {
  const indicator = tinyIndicator(id)
  return [indicator, { ...indicator, ...edit }]
}

describe('indicatorChanges', () => {
  it('finds nothing between an indicator and a deep copy of it', () => {
    const indicator = tinyIndicator('SC-002')
    const change = indicatorChanges(indicator, structuredClone(indicator))
    expect(change).toEqual({ indicatorId: 'SC-002', definition: [], placement: [], wording: [] })
    expect(unchanged(change)).toBe(true)
  })

  it.each([
    ['unit', withAnswer<'kpi'>('SC-001', (d) => ({ ...d, unit: t('‰') }))],
    ['direction', withAnswer<'kpi'>('SC-001', (d) => ({ ...d, direction: 'lower' }))],
    ['baseline', withAnswer<'kpi'>('SC-001', (d) => ({ ...d, baseline: 10 }))],
    ['target', withAnswer<'kpi'>('SC-001', (d) => ({ ...d, target: 90 }))],
    ['bounds', withAnswer<'kpi'>('SC-001', (d) => ({ ...d, max: 200 }))],
    ['bounds', withAnswer<'kpi'>('SC-002', (d) => ({ ...d, min: undefined }))],
    [
      'ratio',
      withAnswer<'kpi'>('SC-001', (d) => ({
        ...d,
        ratio: { numerator: t('n'), denominator: t('d'), multiplier: 100 },
      })),
    ],
    [
      'ratio',
      withAnswer<'kpi'>('SC-002', (d) => ({
        ...d,
        ratio: d.ratio && { ...d.ratio, multiplier: 60 },
      })),
    ],
    [
      'ratio',
      withAnswer<'kpi'>('SC-002', (d) => ({
        ...d,
        ratio: d.ratio && { ...d.ratio, numerator: t('m') },
      })),
    ],
    ['rubric', withAnswer<'level'>('SC-003', (d) => ({ ...d, levels: d.levels.slice(0, 4) }))],
    [
      'rubric',
      withAnswer<'level'>('SC-003', (d) => ({
        ...d,
        levels: d.levels.map((l) => ({ ...l, score: l.level * 20 })),
      })),
    ],
    [
      'rubric',
      withAnswer<'level'>('SC-003', (d) => ({
        ...d,
        levels: d.levels.map((l) => ({
          ...l,
          descriptor: { ...l.descriptor, en: `${l.descriptor.en}.` },
        })),
      })),
    ],
    ['yes-no', withAnswer<'boolean'>('SC-004', (d) => ({ ...d, yes: t('yes, in force') }))],
    [
      'options',
      withAnswer<'choice'>('SC-005', (d) => ({
        ...d,
        options: d.options.map((o) => ({ ...o, score: o.score / 2 })),
      })),
    ],
    [
      'options',
      withAnswer<'choice'>('SC-005', (d) => ({ ...d, options: [...d.options].reverse() })),
    ],
    [
      'type',
      withAnswer<'boolean'>('SC-004', () => ({
        type: 'choice',
        options: [
          { id: 'a', label: t('a'), score: 0 },
          { id: 'b', label: t('b'), score: 100 },
        ],
      })),
    ],
  ])('reports a %s change as a definition change', (code, [a, b]) => {
    expect(indicatorChanges(a, b)).toEqual({
      indicatorId: a.id,
      definition: [code],
      placement: [],
      wording: [],
    })
  })

  it.each([
    ['weight', edited('SC-001', { weight: 2 })],
    ['dimension', edited('SC-004', { dimension: 'D1' })],
    ['subdimension', edited('SC-001', { subdimension: 'P2' })],
    ['subdimension', edited('SC-004', { subdimension: 'P9' })],
    ['capabilities', edited('SC-001', { capabilities: { DG: 1, MF: 0.25 } })],
    ['applicability', edited('SC-005', { applicability: 'all' })],
  ])('reports a %s change as a placement change', (code, [a, b]) => {
    expect(indicatorChanges(a, b)).toEqual({
      indicatorId: a.id,
      definition: [],
      placement: [code],
      wording: [],
    })
  })

  it.each([
    ['name', edited('SC-001', { name: t('renamed') })],
    ['description', edited('SC-001', { description: t('described') })],
    ['method', edited('SC-001', { method: t('measured') })],
    ['evidence', edited('SC-001', { evidence: t('kept') })],
    [
      'sources',
      edited('SC-001', { sources: [{ source: 'S', ref: '4.2', provenance: 'standard' }] }),
    ],
    ['weight-source', edited('SC-001', { weightSource: 'defined' })],
    [
      'target-rationale',
      withAnswer<'kpi'>('SC-001', (d) => ({ ...d, targetRationale: t('plan') })),
    ],
  ])('reports a %s change as wording only', (code, [a, b]) => {
    expect(indicatorChanges(a, b)).toEqual({
      indicatorId: a.id,
      definition: [],
      placement: [],
      wording: [code],
    })
  })

  it('names each code once, in the order of its list, when several fields change', () => {
    const a = tinyIndicator('SC-001')
    if (a.answer.type !== 'kpi') throw new Error('SC-001 is a KPI')
    const b: Indicator = {
      ...a,
      name: t('renamed'),
      weight: 3,
      capabilities: { DG: 1 },
      answer: {
        ...a.answer,
        min: -1,
        max: 1000,
        target: 95,
        unit: t('‰'),
        targetRationale: t('x'),
      },
    }
    expect(indicatorChanges(a, b)).toEqual({
      indicatorId: 'SC-001',
      definition: ['unit', 'target', 'bounds'],
      placement: ['weight', 'capabilities'],
      wording: ['name', 'target-rationale'],
    })
  })

  it('reports a change of answer type alone, without comparing fields of two types', () => {
    const [a, b] = withAnswer<'kpi'>('SC-001', () => ({ type: 'boolean', yes: t('y'), no: t('n') }))
    expect(indicatorChanges(a, b).definition).toEqual(['type'])
  })
})

describe('indicatorChanges of the targets set for county-level cities', () => {
  /** SC-001 (0 → 100 %) and SC-002 (60 → 10 min) without and with their county overrides. */
  const pair = (id: string): [Indicator, Indicator] => [
    tinyIndicator(id),
    must(countyTinySet.indicators.find((i) => i.id === id)),
  ]
  const county = (i: Indicator) => (i.answer.type === 'kpi' ? i.answer.county : undefined)
  const withCounty = (i: Indicator, c: ReturnType<typeof county>): Indicator =>
    i.answer.type === 'kpi' ? { ...i, answer: { ...i.answer, county: c } } : i
  const kinds = ([a, b]: [Indicator, Indicator]) => {
    const { definition, placement, wording } = indicatorChanges(a, b)
    return { definition, placement, wording }
  }

  it.each<[string, [Indicator, Indicator], string[], string[]]>([
    // Counties 60 → 100 where everyone had 0 → 100: only the baseline they are held to moves.
    ['a county baseline added', pair('SC-001'), ['county-baseline'], ['target-rationale']],
    ['a county target added', pair('SC-002'), ['county-target'], ['target-rationale']],
    [
      'a county target removed (counties now held to the general one)',
      [pair('SC-002')[1], pair('SC-002')[0]],
      ['county-target'],
      ['target-rationale'],
    ],
    [
      'a county target changed',
      [
        pair('SC-002')[1],
        withCounty(pair('SC-002')[1], { target: 30, targetRationale: t('county r') }),
      ],
      ['county-target'],
      [],
    ],
    [
      'a general target changed under an unchanged county target',
      [
        pair('SC-002')[1],
        withAnswer<'kpi'>('SC-002', (d) => ({
          ...d,
          target: 5,
          county: county(pair('SC-002')[1]),
        }))[1],
      ],
      ['target'],
      [],
    ],
    [
      'a county rationale reworded',
      [
        pair('SC-002')[1],
        withCounty(pair('SC-002')[1], { target: 20, targetRationale: t('plan') }),
      ],
      [],
      ['target-rationale'],
    ],
    [
      'an override added that repeats the general numbers (wording only)',
      [
        tinyIndicator('SC-002'),
        withCounty(tinyIndicator('SC-002'), { baseline: 60, target: 10, targetRationale: t('r') }),
      ],
      [],
      ['target-rationale'],
    ],
  ])('reports %s', (_, indicators, definition, wording) => {
    expect(kinds(indicators)).toEqual({ definition, placement: [], wording })
  })

  it('reports a general baseline change alone where counties follow it', () => {
    // SC-002's county override sets a target only: counties take the general baseline.
    const before = pair('SC-002')[1]
    const after = withAnswer<'kpi'>('SC-002', (d) => ({
      ...d,
      baseline: 50,
      county: county(before),
    }))[1]
    expect(kinds([before, after]).definition).toEqual(['baseline'])
  })
})
