import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AnswerDefinition } from '../indicators/schema'
import { normaliseAnswer } from '../scoring/normalise'
import { arbitraryValue } from '../testing/arbitraryAnswers'
import { tinyIndicator, tinyIndicators } from '../testing/tinySet'
import type { AnswerValue } from './answer'
import { checkKpi, valueProblems } from './checkAnswer'

// SC-001: % KPI, min 0, max 100. SC-002: ratio KPI (multiplier 1), min 0, no max.
// SC-003: rubric of levels 1–5. SC-004: yes/no. SC-005: choice of none / some / all.
const def = (id: string): AnswerDefinition => tinyIndicator(id).answer
const percent = def('SC-001')
const ratioKpi = def('SC-002')

describe('valueProblems', () => {
  it.each<[string, AnswerDefinition, AnswerValue]>([
    ['a KPI value within min and max', percent, { type: 'kpi', value: 100 }],
    ['a KPI value where there is no max', ratioKpi, { type: 'kpi', value: 1e9 }],
    ['a ratio', ratioKpi, { type: 'ratio', numerator: 0, denominator: 3 }],
    ['a level the rubric has', def('SC-003'), { type: 'level', level: 5 }],
    ['yes or no', def('SC-004'), { type: 'boolean', value: false }],
    ['an option the choice has', def('SC-005'), { type: 'choice', optionId: 'none' }],
  ])('accepts %s', (_, definition, value) => {
    expect(valueProblems(definition, value)).toEqual([])
  })

  it.each<[string, AnswerDefinition, AnswerValue, unknown[]]>([
    [
      'a value below min',
      percent,
      { type: 'kpi', value: -1 },
      [{ code: 'below-min', field: 'value', measured: -1, min: 0 }],
    ],
    [
      'a value above max',
      percent,
      { type: 'kpi', value: 101 },
      [{ code: 'above-max', field: 'value', measured: 101, max: 100 }],
    ],
    [
      'a zero denominator',
      ratioKpi,
      { type: 'ratio', numerator: 5, denominator: 0 },
      [{ code: 'zero-denominator', field: 'denominator' }],
    ],
    [
      'negative parts, each named',
      ratioKpi,
      { type: 'ratio', numerator: -1, denominator: -2 },
      [
        { code: 'negative', field: 'numerator' },
        { code: 'negative', field: 'denominator' },
      ],
    ],
    [
      'a ratio whose result is not a finite number',
      ratioKpi,
      { type: 'ratio', numerator: 1e308, denominator: 1e-308 },
      [{ code: 'not-finite', field: null }],
    ],
    [
      'a part that is not a number (data that bypassed the schema)',
      ratioKpi,
      { type: 'ratio', numerator: Number.NaN, denominator: 1 },
      [{ code: 'not-finite', field: 'numerator' }],
    ],
    [
      'a ratio for a KPI without one',
      percent,
      { type: 'ratio', numerator: 1, denominator: 2 },
      [{ code: 'wrong-type', field: 'type', expected: 'kpi', given: 'ratio' }],
    ],
    [
      'level 99 of 5',
      def('SC-003'),
      { type: 'level', level: 99 },
      [{ code: 'unknown-level', field: 'level', level: 99, levels: [1, 2, 3, 4, 5] }],
    ],
    [
      'level −3',
      def('SC-003'),
      { type: 'level', level: -3 },
      [{ code: 'unknown-level', field: 'level', level: -3, levels: [1, 2, 3, 4, 5] }],
    ],
    [
      'a number for a rubric',
      def('SC-003'),
      { type: 'kpi', value: 3 },
      [{ code: 'wrong-type', field: 'type', expected: 'level', given: 'kpi' }],
    ],
    [
      'a level for yes/no',
      def('SC-004'),
      { type: 'level', level: 1 },
      [{ code: 'wrong-type', field: 'type', expected: 'boolean', given: 'level' }],
    ],
    [
      'an unknown option',
      def('SC-005'),
      { type: 'choice', optionId: 'most' },
      [{ code: 'unknown-option', field: 'optionId', optionId: 'most' }],
    ],
    [
      'yes/no for a choice',
      def('SC-005'),
      { type: 'boolean', value: true },
      [{ code: 'wrong-type', field: 'type', expected: 'choice', given: 'boolean' }],
    ],
  ])('refuses %s', (_, definition, value, expected) => {
    expect(valueProblems(definition, value)).toEqual(expected)
  })

  it('checks min and max on what a ratio works out to', () => {
    const share: AnswerDefinition = {
      ...(percent as Extract<AnswerDefinition, { type: 'kpi' }>),
      ratio: {
        numerator: { zh: '部分', en: 'part' },
        denominator: { zh: '全部', en: 'whole' },
        multiplier: 100,
      },
    }
    expect(checkKpi(share, { type: 'ratio', numerator: 3, denominator: 4 })).toEqual({
      ok: true,
      measured: 75,
    })
    expect(valueProblems(share, { type: 'ratio', numerator: 3, denominator: 2 })).toEqual([
      { code: 'above-max', field: null, measured: 150, max: 100 },
    ])
  })

  it('accepts every value the test generators call valid', () => {
    for (const indicator of tinyIndicators)
      fc.assert(
        fc.property(arbitraryValue(indicator.answer), (value) => {
          expect(valueProblems(indicator.answer, value)).toEqual([])
        }),
      )
  })

  it('agrees with scoring: a value scores exactly when it has no problem', () => {
    const anyValue: fc.Arbitrary<AnswerValue> = fc.oneof(
      fc.double().map((value) => ({ type: 'kpi' as const, value })),
      fc
        .tuple(fc.double(), fc.double())
        .map(([numerator, denominator]) => ({ type: 'ratio' as const, numerator, denominator })),
      fc.integer({ min: -2, max: 8 }).map((level) => ({ type: 'level' as const, level })),
      fc.boolean().map((value) => ({ type: 'boolean' as const, value })),
      fc
        .constantFrom('none', 'some', 'all', 'most', '')
        .map((optionId) => ({ type: 'choice' as const, optionId })),
    )
    fc.assert(
      fc.property(fc.constantFrom(...tinyIndicators), anyValue, (indicator, value) => {
        expect(normaliseAnswer(indicator.answer, value).ok).toBe(
          valueProblems(indicator.answer, value).length === 0,
        )
      }),
      { numRuns: 500 },
    )
  })
})
