import { describe, expect, it } from 'vitest'
import type { AnswerDefinition, Indicator } from '../indicators/schema'
import { t, tinyIndicator, tinyIndicators } from '../testing/tinySet'
import { limits, type Answer } from './answer'
import {
  answerFormFields,
  answerToFormValues,
  buildAnswerFormSchema,
  emptyFormValues,
  validationKeys as v,
  type AnswerFormValues,
} from './answerForm'

const indicator = tinyIndicator

// SC-001: % KPI, min 0, max 100. SC-002: ratio KPI in minutes (multiplier 1), min 0, no max.
// SC-003: rubric of 5 levels. SC-004: yes/no. SC-005: choice of none / some / all.
const percent = indicator('SC-001')
const ratioKpi = indicator('SC-002')
const rubric = indicator('SC-003')
const yesNo = indicator('SC-004')
const choice = indicator('SC-005')
const withAnswer = (answer: AnswerDefinition): Indicator => ({ ...percent, answer })
/** A share entered as part ÷ whole × 100, at most 100 %. */
const share = withAnswer({
  type: 'kpi',
  unit: t('%'),
  direction: 'higher',
  baseline: 0,
  target: 100,
  targetRationale: t('r'),
  min: 0,
  max: 100,
  ratio: { numerator: t('part'), denominator: t('whole'), multiplier: 100 },
})

/** A KPI that can go below zero. */
const celsius = withAnswer({
  type: 'kpi',
  unit: t('°C'),
  direction: 'lower',
  baseline: 30,
  target: 20,
  targetRationale: t('r'),
  min: -50,
})

/** Parses the empty form of `i` with `changes` typed in. */
const parse = (i: Indicator, changes: Partial<AnswerFormValues>) =>
  buildAnswerFormSchema(i).safeParse({ ...emptyFormValues(i), ...changes })

/** The stored answer, failing the test if the form is invalid. */
const answerOf = (i: Indicator, changes: Partial<AnswerFormValues>): Answer | undefined => {
  const result = parse(i, changes)
  if (!result.success) throw new Error(JSON.stringify(result.error.issues))
  return result.data
}

/** Each problem as `field: message key`; empty when the form is valid. */
const problems = (i: Indicator, changes: Partial<AnswerFormValues>): string[] => {
  const result = parse(i, changes)
  return result.success ? [] : result.error.issues.map((p) => `${p.path.join('.')}: ${p.message}`)
}

describe('the answer form', () => {
  it('declares each field once: the field list and the empty values agree', () => {
    expect([...answerFormFields].sort()).toEqual(Object.keys(emptyFormValues(percent)).sort())
  })

  it('starts a KPI with a ratio in ratio entry, every other indicator in direct entry', () => {
    expect(tinyIndicators.map((i) => emptyFormValues(i).kpiMode)).toEqual([
      'value',
      'ratio',
      'value',
      'value',
      'value',
    ])
  })

  it.each(tinyIndicators.map((i) => [i.id, i] as const))(
    'stores nothing for an empty form (%s)',
    (_, i) => {
      expect(parse(i, {})).toEqual({ success: true, data: undefined })
    },
  )

  describe('a KPI entered directly', () => {
    it.each([
      ['80', 80],
      ['１２．５', 12.5],
      [' 0 ', 0],
      ['100', 100],
    ])('stores %j as %d', (value, expected) => {
      expect(answerOf(percent, { value })).toEqual({ value: { type: 'kpi', value: expected } })
    })

    it('stores no value for a blank field', () => {
      expect(answerOf(percent, { value: '  ' })).toBeUndefined()
    })

    it.each([
      ['-1', `value: ${v.belowMin}`],
      ['－０.５', `value: ${v.belowMin}`],
      ['100.01', `value: ${v.aboveMax}`],
      ['abc', `value: ${v.notANumber}`],
      ['1,5', `value: ${v.notANumber}`],
    ])('rejects %j', (value, problem) => {
      expect(problems(percent, { value })).toEqual([problem])
    })

    it('takes a direct value for a KPI that has a ratio, when direct entry is chosen', () => {
      expect(answerOf(ratioKpi, { kpiMode: 'value', value: '17' })).toEqual({
        value: { type: 'kpi', value: 17 },
      })
    })

    it('ignores ratio entry for a KPI without a ratio', () => {
      expect(answerOf(percent, { kpiMode: 'ratio', value: '5', numerator: '1' })).toEqual({
        value: { type: 'kpi', value: 5 },
      })
    })
  })

  describe('a KPI entered as a ratio', () => {
    it.each([
      ['35', '2', 35, 2],
      ['３５', '２', 35, 2],
      ['0', '5', 0, 5],
      ['0.5', '3', 0.5, 3],
    ])('stores %j ÷ %j', (numerator, denominator, n, d) => {
      expect(answerOf(ratioKpi, { numerator, denominator })).toEqual({
        value: { type: 'ratio', numerator: n, denominator: d },
      })
    })

    it('stores no value while both parts are blank', () => {
      expect(answerOf(ratioKpi, { numerator: ' ', denominator: '' })).toBeUndefined()
    })

    it.each([
      ['35', '', [`denominator: ${v.ratioIncomplete}`]],
      ['', '2', [`numerator: ${v.ratioIncomplete}`]],
      ['x', 'y', [`numerator: ${v.notANumber}`, `denominator: ${v.notANumber}`]],
      ['x', '2', [`numerator: ${v.notANumber}`]],
      ['-1', '2', [`numerator: ${v.negative}`]],
      ['1', '-2', [`denominator: ${v.negative}`]],
      ['1', '0', [`denominator: ${v.zeroDenominator}`]],
      ['-1', '0', [`numerator: ${v.negative}`, `denominator: ${v.zeroDenominator}`]],
      // Each part is a number, but their quotient is not: scoring could never use it.
      ['1e308', '1e-308', [`denominator: ${v.tooLarge}`]],
    ])('rejects %j ÷ %j', (numerator, denominator, expected) => {
      expect(problems(ratioKpi, { numerator, denominator })).toEqual(expected)
    })

    it('checks min and max on what the ratio works out to, reported on the denominator', () => {
      expect(problems(share, { numerator: '3', denominator: '2' })).toEqual([
        `denominator: ${v.aboveMax}`,
      ])
      expect(answerOf(share, { numerator: '2', denominator: '2' })).toEqual({
        value: { type: 'ratio', numerator: 2, denominator: 2 },
      })
    })
  })

  describe('options', () => {
    it.each<[Indicator, Partial<AnswerFormValues>, Answer | undefined]>([
      [rubric, { level: '3' }, { value: { type: 'level', level: 3 } }],
      [rubric, { level: '9' }, undefined],
      [yesNo, { bool: 'yes' }, { value: { type: 'boolean', value: true } }],
      [yesNo, { bool: 'no' }, { value: { type: 'boolean', value: false } }],
      [choice, { choice: 'some' }, { value: { type: 'choice', optionId: 'some' } }],
      [choice, { choice: 'most' }, undefined],
    ])(
      '%# stores a level, yes/no or option the definition has, and nothing else',
      (i, changes, expected) => {
        expect(answerOf(i, changes)).toEqual(expected)
      },
    )

    it('stores only the field of the indicator’s own type', () => {
      expect(answerOf(yesNo, { level: '3', choice: 'some', value: '5' })).toBeUndefined()
    })
  })

  describe('not applicable', () => {
    it.each(['', '   '])('needs a reason (%j)', (naReason) => {
      expect(problems(rubric, { na: true, naReason })).toEqual([`naReason: ${v.naReasonRequired}`])
    })

    it('stores the trimmed reason and keeps the value, so un-ticking N/A restores it', () => {
      expect(answerOf(rubric, { na: true, naReason: '  no such service ', level: '2' })).toEqual({
        value: { type: 'level', level: 2 },
        notApplicable: { reason: 'no such service' },
      })
    })

    it('ignores a reason while N/A is not ticked', () => {
      expect(answerOf(rubric, { naReason: 'left over' })).toBeUndefined()
    })

    it('rejects a reason that is too long', () => {
      const naReason = 'x'.repeat(limits.reasonLength + 1)
      expect(problems(rubric, { na: true, naReason })).toEqual([`naReason: ${v.tooLong}`])
    })
  })

  describe('notes, evidence and data quality', () => {
    it('stores a note as typed, and no note when it is blank', () => {
      expect(answerOf(yesNo, { note: ' see annex ' })).toEqual({ note: ' see annex ' })
      expect(answerOf(yesNo, { note: ' \n ' })).toBeUndefined()
    })

    it('rejects a note that is too long', () => {
      const note = 'x'.repeat(limits.noteLength + 1)
      expect(problems(yesNo, { note })).toEqual([`note: ${v.tooLong}`])
    })

    it('stores one evidence reference per non-blank line, trimmed', () => {
      expect(answerOf(yesNo, { evidence: ' https://a.example \n\n  report 2024 \n' })).toEqual({
        evidence: ['https://a.example', 'report 2024'],
      })
    })

    it('rejects too many evidence lines, and a line that is too long', () => {
      const many = Array.from({ length: limits.evidenceLinks + 1 }, (_, n) => `ref ${n}`)
      expect(problems(yesNo, { evidence: many.join('\n') })).toEqual([
        `evidence: ${v.tooManyLinks}`,
      ])
      const long = 'x'.repeat(limits.evidenceLength + 1)
      expect(problems(yesNo, { evidence: long })).toEqual([`evidence: ${v.tooLong}`])
    })

    it('stores the data-quality code alone', () => {
      expect(answerOf(yesNo, { dataQuality: 'measured' })).toEqual({ dataQuality: 'measured' })
    })
  })

  describe('round trip: answer → form values → answer', () => {
    it.each<[string, Indicator, Answer]>([
      ['a KPI value', percent, { value: { type: 'kpi', value: 86.5 } }],
      ['a KPI value below 1e-6', ratioKpi, { value: { type: 'kpi', value: 1e-7 } }],
      ['a KPI value of 1e21 or more', ratioKpi, { value: { type: 'kpi', value: 2.5e21 } }],
      ['a negative KPI value', celsius, { value: { type: 'kpi', value: -12.25 } }],
      ['a ratio', ratioKpi, { value: { type: 'ratio', numerator: 0.1, denominator: 3 } }],
      ['a level', rubric, { value: { type: 'level', level: 5 } }],
      ['yes', yesNo, { value: { type: 'boolean', value: true } }],
      ['no', yesNo, { value: { type: 'boolean', value: false } }],
      ['an option', choice, { value: { type: 'choice', optionId: 'all' } }],
      ['N/A without a value', rubric, { notApplicable: { reason: 'no such service' } }],
      [
        'everything at once',
        share,
        {
          value: { type: 'ratio', numerator: 9420, denominator: 10050 },
          notApplicable: { reason: 'closed' },
          note: 'line 1\nline 2',
          evidence: ['https://a.example', 'report'],
          dataQuality: 'survey-extrapolated',
        },
      ],
    ])('gives back %s unchanged', (_, i, answer) => {
      expect(answerOf(i, answerToFormValues(i, answer))).toEqual(answer)
    })

    it('shows nothing for no answer', () => {
      expect(answerToFormValues(percent, undefined)).toEqual(emptyFormValues(percent))
    })

    it('shows a KPI value in direct entry even where the KPI has a ratio', () => {
      expect(answerToFormValues(ratioKpi, { value: { type: 'kpi', value: 17 } })).toMatchObject({
        kpiMode: 'value',
        value: '17',
      })
    })

    it('drops the carried-over mark: an edited answer is this year’s', () => {
      const carried: Answer = { value: { type: 'level', level: 2 }, carriedOver: true }
      expect(answerOf(rubric, answerToFormValues(rubric, carried))).toEqual({
        value: { type: 'level', level: 2 },
      })
    })

    it('drops a value that does not fit the definition (an answer from another set version)', () => {
      const other: Answer = { value: { type: 'level', level: 2 }, note: 'kept' }
      expect(answerOf(percent, answerToFormValues(percent, other))).toEqual({ note: 'kept' })
    })
  })
})
