import { describe, expect, it } from 'vitest'
import type { AnswerValue } from '../assessment/answer'
import type { AnswerDefinition } from '../indicators/schema'
import { t, tinyIndicator } from '../testing/tinySet'
import { describeAnswer } from './describeAnswer'

const definition = (id: string): AnswerDefinition => tinyIndicator(id).answer

// SC-001 is a % KPI, SC-002 a ratio KPI in minutes (multiplier 1), SC-003 a rubric,
// SC-004 yes/no, SC-005 a choice of none / some / all.
const percent = definition('SC-001')
const ratioKpi = definition('SC-002')
const rubric = definition('SC-003')
const yesNo = definition('SC-004')
const choice = definition('SC-005')
const hundredfold: AnswerDefinition = {
  type: 'kpi',
  unit: t('%'),
  direction: 'higher',
  baseline: 0,
  target: 100,
  targetRationale: t('r'),
  ratio: { numerator: t('n'), denominator: t('d'), multiplier: 100 },
}

describe('describeAnswer', () => {
  it.each<[string, AnswerDefinition | undefined, AnswerValue, unknown]>([
    [
      'a KPI value with its unit',
      percent,
      { type: 'kpi', value: 80 },
      { type: 'kpi', value: 80, unit: t('%') },
    ],
    [
      'a ratio with what it works out to',
      ratioKpi,
      { type: 'ratio', numerator: 35, denominator: 2 },
      { type: 'ratio', numerator: 35, denominator: 2, measured: 17.5, unit: t('min') },
    ],
    [
      'a ratio times its multiplier, unrounded',
      hundredfold,
      { type: 'ratio', numerator: 1, denominator: 3 },
      { type: 'ratio', numerator: 1, denominator: 3, measured: (1 / 3) * 100, unit: t('%') },
    ],
    [
      'a ratio outside the valid range still worked out (the engine decides validity)',
      ratioKpi,
      { type: 'ratio', numerator: -4, denominator: 2 },
      { type: 'ratio', numerator: -4, denominator: 2, measured: -2, unit: t('min') },
    ],
    [
      'a ratio over zero without a result',
      ratioKpi,
      { type: 'ratio', numerator: 3, denominator: 0 },
      { type: 'ratio', numerator: 3, denominator: 0, measured: undefined, unit: t('min') },
    ],
    [
      'a ratio for a KPI entered directly, without a result',
      percent,
      { type: 'ratio', numerator: 3, denominator: 4 },
      { type: 'ratio', numerator: 3, denominator: 4, measured: undefined, unit: t('%') },
    ],
    [
      'a rubric level with its descriptor',
      rubric,
      { type: 'level', level: 2 },
      { type: 'level', level: 2, descriptor: t('level 2') },
    ],
    [
      'a level the rubric does not have',
      rubric,
      { type: 'level', level: 9 },
      { type: 'level', level: 9, descriptor: undefined },
    ],
    [
      'yes with what it means',
      yesNo,
      { type: 'boolean', value: true },
      { type: 'boolean', value: true, meaning: t('yes') },
    ],
    [
      'no with what it means',
      yesNo,
      { type: 'boolean', value: false },
      { type: 'boolean', value: false, meaning: t('no') },
    ],
    [
      'an option with its label',
      choice,
      { type: 'choice', optionId: 'some' },
      { type: 'choice', optionId: 'some', label: t('some') },
    ],
    [
      'an option the definition does not have',
      choice,
      { type: 'choice', optionId: 'most' },
      { type: 'choice', optionId: 'most', label: undefined },
    ],
  ])('describes %s', (_, def, value, expected) => {
    expect(describeAnswer(def, value)).toEqual(expected)
  })

  it.each<[string, AnswerDefinition | undefined, AnswerValue, unknown]>([
    [
      'a KPI value',
      undefined,
      { type: 'kpi', value: 1 },
      { type: 'kpi', value: 1, unit: undefined },
    ],
    [
      'a ratio',
      rubric,
      { type: 'ratio', numerator: 1, denominator: 2 },
      { type: 'ratio', numerator: 1, denominator: 2, measured: undefined, unit: undefined },
    ],
    [
      'a level',
      percent,
      { type: 'level', level: 2 },
      { type: 'level', level: 2, descriptor: undefined },
    ],
    [
      'a yes',
      choice,
      { type: 'boolean', value: true },
      { type: 'boolean', value: true, meaning: undefined },
    ],
    [
      'an option',
      yesNo,
      { type: 'choice', optionId: 'some' },
      { type: 'choice', optionId: 'some', label: undefined },
    ],
  ])(
    'keeps only the raw value of %s without a matching definition (another set version)',
    (_, def, value, expected) => {
      expect(describeAnswer(def, value)).toEqual(expected)
    },
  )

  it('throws on a value type it does not know (data that bypassed the schema)', () => {
    expect(() => describeAnswer(percent, { type: 'range' } as never)).toThrow('Unhandled case')
  })
})
