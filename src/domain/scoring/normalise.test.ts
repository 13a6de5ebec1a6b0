import { describe, expect, it } from 'vitest'
import type { AnswerValue } from '../assessment/answer'
import type { AnswerDefinition } from '../indicators/schema'
import { tinyIndicator } from '../testing/tinySet'
import { kpiScore, levelScore, normaliseAnswer, u4sscBand } from './normalise'

const def = (id: string): AnswerDefinition => tinyIndicator(id).answer
const percent = def('SC-001') // higher, 0 → 100, range 0..100
const responseTime = def('SC-002') // lower, 60 → 10, ratio, min 0
const rubric = def('SC-003')
const yesNo = def('SC-004')
const choice = def('SC-005')

describe('kpiScore', () => {
  it.each([
    ['halfway, higher is better', 50, { baseline: 0, target: 100, direction: 'higher' }, 50],
    ['below baseline clamps to 0', -5, { baseline: 0, target: 100, direction: 'higher' }, 0],
    ['above target clamps to 100', 120, { baseline: 0, target: 100, direction: 'higher' }, 100],
    ['non-zero baseline', 40, { baseline: 20, target: 60, direction: 'higher' }, 50],
    ['lower is better, halfway', 35, { baseline: 60, target: 10, direction: 'lower' }, 50],
    ['lower is better, beyond target', 5, { baseline: 60, target: 10, direction: 'lower' }, 100],
    [
      'lower is better, worse than baseline',
      90,
      { baseline: 60, target: 10, direction: 'lower' },
      0,
    ],
    [
      'target = baseline, higher, reached',
      10,
      { baseline: 10, target: 10, direction: 'higher' },
      100,
    ],
    ['target = baseline, higher, missed', 9, { baseline: 10, target: 10, direction: 'higher' }, 0],
    [
      'target = baseline, lower, reached',
      10,
      { baseline: 10, target: 10, direction: 'lower' },
      100,
    ],
    ['target = baseline, lower, missed', 11, { baseline: 10, target: 10, direction: 'lower' }, 0],
  ] as const)('%s', (_, value, kpi, expected) => {
    expect(kpiScore(value, kpi)).toBeCloseTo(expected, 10)
  })
})

describe('u4sscBand', () => {
  it.each([
    [0, 'higher', 1],
    [32.9, 'higher', 1],
    [33, 'higher', 2],
    [65.9, 'higher', 2],
    [66, 'higher', 3],
    [94.9, 'higher', 3],
    [95, 'higher', 4],
    [130, 'higher', 4],
  ] as const)('value %d of target 100 (%s is better) → %d points', (value, direction, points) => {
    expect(u4sscBand(value, { target: 100, direction })).toBe(points)
  })

  it('inverts achievement for lower-is-better targets', () => {
    expect(u4sscBand(40, { target: 10, direction: 'lower' })).toBe(1) // 25 % achieved
    expect(u4sscBand(10, { target: 10, direction: 'lower' })).toBe(4)
    expect(u4sscBand(0, { target: 10, direction: 'lower' })).toBe(4)
  })

  it('has no band for a target of zero or below', () => {
    expect(u4sscBand(5, { target: 0, direction: 'higher' })).toBeUndefined()
  })
})

describe('levelScore', () => {
  const five = [1, 2, 3, 4, 5].map((level) => ({ level }))
  it.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ])('level %d of 5 → %d', (level, score) => {
    expect(levelScore(five, level)).toBe(score)
  })
  it('uses an explicit level score when the rubric gives one', () => {
    expect(
      levelScore(
        [
          { level: 1, score: 10 },
          { level: 2, score: 90 },
        ],
        2,
      ),
    ).toBe(90)
  })
  it('scores a one-level rubric as 100 and an unknown level as undefined', () => {
    expect(levelScore([{ level: 1 }], 1)).toBe(100)
    expect(levelScore(five, 6)).toBeUndefined()
  })
})

describe('normaliseAnswer', () => {
  it.each<[string, AnswerDefinition, AnswerValue, number]>([
    ['kpi value', percent, { type: 'kpi', value: 80 }, 80],
    ['ratio', responseTime, { type: 'ratio', numerator: 70, denominator: 2 }, 50],
    ['level', rubric, { type: 'level', level: 4 }, 75],
    ['boolean yes', yesNo, { type: 'boolean', value: true }, 100],
    ['boolean no', yesNo, { type: 'boolean', value: false }, 0],
    ['choice', choice, { type: 'choice', optionId: 'some' }, 40],
  ])('scores a valid %s', (_, definition, value, score) => {
    const result = normaliseAnswer(definition, value)
    expect(result.ok && result.score).toBeCloseTo(score, 10)
  })

  it('reports the measured value and the U4SSC band of a KPI', () => {
    expect(normaliseAnswer(responseTime, { type: 'ratio', numerator: 70, denominator: 2 })).toEqual(
      {
        ok: true,
        score: 50,
        measured: 35,
        band: 1,
      },
    )
  })

  it.each<[string, AnswerDefinition, AnswerValue, string]>([
    ['130 on a percentage', percent, { type: 'kpi', value: 130 }, 'out-of-range'],
    ['a negative percentage', percent, { type: 'kpi', value: -1 }, 'out-of-range'],
    ['NaN', percent, { type: 'kpi', value: Number.NaN }, 'not-finite'],
    ['Infinity', responseTime, { type: 'kpi', value: Infinity }, 'not-finite'],
    [
      'a ratio for a KPI without one',
      percent,
      { type: 'ratio', numerator: 1, denominator: 2 },
      'type-mismatch',
    ],
    ['a level for a KPI', percent, { type: 'level', level: 2 }, 'type-mismatch'],
    [
      'a zero denominator',
      responseTime,
      { type: 'ratio', numerator: 1, denominator: 0 },
      'zero-denominator',
    ],
    [
      'a non-finite numerator',
      responseTime,
      { type: 'ratio', numerator: Number.NaN, denominator: 2 },
      'not-finite',
    ],
    [
      'a negative numerator',
      responseTime,
      { type: 'ratio', numerator: -1, denominator: 2 },
      'out-of-range',
    ],
    [
      'a negative denominator',
      responseTime,
      { type: 'ratio', numerator: 1, denominator: -2 },
      'out-of-range',
    ],
    ['level 6 of 5', rubric, { type: 'level', level: 6 }, 'unknown-level'],
    ['a boolean for a rubric', rubric, { type: 'boolean', value: true }, 'type-mismatch'],
    ['a KPI value for a boolean', yesNo, { type: 'kpi', value: 1 }, 'type-mismatch'],
    ['an unknown option', choice, { type: 'choice', optionId: 'most' }, 'unknown-option'],
    ['a level for a choice', choice, { type: 'level', level: 1 }, 'type-mismatch'],
  ])('rejects %s', (_, definition, value, problem) => {
    expect(normaliseAnswer(definition, value)).toEqual({ ok: false, problem })
  })

  it('throws on an answer type it does not know, rather than scoring it (data that bypassed the schema)', () => {
    const unknown = { type: 'range' } as never
    expect(() => normaliseAnswer(unknown, { type: 'kpi', value: 1 })).toThrow('Unhandled case')
  })
})
