import { describe, expect, it } from 'vitest'
import type { Answers } from '../assessment/answer'
import type { IndicatorSet } from '../indicators/schema'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { fullAnswers, t, tinyIndicators, tinyMeta, tinySet } from '../testing/tinySet'
import { compareAssessments, indicatorsInCommon, type ComparisonRow } from './yearComparison'

/** Only SC-001 (80) scored; SC-002 N/A. */
const early: Answers = {
  'SC-001': fullAnswers['SC-001'],
  'SC-002': { notApplicable: { reason: '无' } },
}

/** Version 2: SC-005 retired, SC-006 added in a new dimension D3. */
const v2: IndicatorSet = {
  meta: {
    ...tinyMeta,
    version: '2.0.0',
    dimensions: [
      ...tinyMeta.dimensions,
      {
        id: 'D3',
        name: t('D3'),
        weight: 10,
        weightSource: 'defined',
        weightVerification: 'verified',
      },
    ],
  },
  indicators: [
    ...tinyIndicators.filter((i) => i.id !== 'SC-005'),
    ...tinyIndicators.flatMap((i) =>
      i.id === 'SC-004' ? [{ ...i, id: 'SC-006', dimension: 'D3', capabilities: { DG: 1 } }] : [],
    ),
  ],
}

const item = (label: string, answers: Answers, set: IndicatorSet = tinySet) => ({
  label,
  set,
  score: scoreAssessment(set, answers, 'prefecture-and-above'),
})
const numbers = (row: ComparisonRow | undefined) => [row?.scores, row?.deltas]

describe('compareAssessments', () => {
  const result = compareAssessments([item('2024', early), item('2025', fullAnswers)])

  it.each([
    ['total', result.total, [80, 69], [0, -11]], // 2024: D1 alone; 2025: 0.6·68.3 + 0.4·70
    ['DG', result.capabilities[0], [80, 80], [0, 0]],
    ['DT', result.capabilities[1], [null, 75], [null, null]], // no delta against a missing score
    ['ED', result.capabilities[2], [null, 50], [null, null]],
    ['MF', result.capabilities[3], [80, 160 / 3], [0, 160 / 3 - 80]],
    ['D1', result.dimensions[0], [80, 205 / 3], [0, 205 / 3 - 80]],
    ['D2', result.dimensions[1], [null, 70], [null, null]],
  ])('gives %s scores %j and deltas against the first', (_, row, scores, deltas) => {
    const close = (xs: (number | null)[]) =>
      xs.map((x) => (x === null ? null : expect.closeTo(x, 10)))
    expect(numbers(row)).toEqual([close(scores), close(deltas)])
  })

  it('carries labels, coverage and levels per item', () => {
    expect(result.labels).toEqual(['2024', '2025'])
    expect(result.capabilities.map((r) => r.id)).toEqual(['DG', 'DT', 'ED', 'MF', 'SA'])
    expect(result.total.coverages).toEqual([expect.closeTo(0.3, 10), 1]) // 0.6 × ½ + 0.4 × 0
    expect(result.total.levels).toEqual([
      { level: 'L4', provisional: true },
      { level: 'L3', provisional: false },
    ])
  })

  it('finds no set differences when every item used the same version', () => {
    expect(result.setDifferences).toEqual({
      versions: [
        { setId: 'tiny', version: '1.0.0' },
        { setId: 'tiny', version: '1.0.0' },
      ],
      differ: false,
      partialIndicators: [],
    })
  })

  it('compares across set versions: union of dimensions and the indicators not in all', () => {
    const v2Answers: Answers = {
      ...fullAnswers,
      'SC-006': { value: { type: 'boolean', value: false } },
    }
    const mixed = compareAssessments([
      item('2024', fullAnswers),
      item('2025', v2Answers, v2),
      item('2026', {}),
    ])
    expect(mixed.dimensions.map((d) => [d.id, d.name.en, d.scores])).toEqual([
      ['D1', 'D1', [expect.closeTo(205 / 3, 10), expect.closeTo(205 / 3, 10), null]],
      ['D2', 'D2', [70, 100, null]], // v2's D2 holds SC-004 alone
      ['D3', 'D3', [null, 0, null]],
    ])
    expect(mixed.dimensions[2]?.deltas).toEqual([null, null, null])
    expect(mixed.setDifferences).toEqual({
      versions: [
        { setId: 'tiny', version: '1.0.0' },
        { setId: 'tiny', version: '2.0.0' },
        { setId: 'tiny', version: '1.0.0' },
      ],
      differ: true,
      partialIndicators: [
        { indicatorId: 'SC-005', presentIn: [0, 2] },
        { indicatorId: 'SC-006', presentIn: [1] },
      ],
    })
  })

  it('gives empty rows for no items', () => {
    const none = compareAssessments([])
    expect(none.labels).toEqual([])
    expect(none.total).toEqual({ id: 'total', scores: [], coverages: [], levels: [], deltas: [] })
    expect(none.capabilities).toHaveLength(5)
    expect(none.dimensions).toEqual([])
    expect(none.setDifferences).toEqual({ versions: [], differ: false, partialIndicators: [] })
  })
})

describe('indicatorsInCommon', () => {
  it.each([
    ['no sets', [], []],
    ['one set', [tinySet], ['SC-001', 'SC-002', 'SC-003', 'SC-004', 'SC-005']],
    ['two versions', [tinySet, v2], ['SC-001', 'SC-002', 'SC-003', 'SC-004']],
    ['in the first set order', [v2, tinySet, v2], ['SC-001', 'SC-002', 'SC-003', 'SC-004']],
  ])('for %s', (_, sets, expected) => {
    expect(indicatorsInCommon(sets)).toEqual(expected)
  })
})
