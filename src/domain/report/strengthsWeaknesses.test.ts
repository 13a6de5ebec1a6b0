import { describe, expect, it } from 'vitest'
import type { Answers } from '../assessment/answer'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { fullAnswers, tinyMeta, tinySet } from '../testing/tinySet'
import { strengthsAndWeaknesses, type RankedItem } from './strengthsWeaknesses'

const allAt = (top: boolean): Answers => ({
  'SC-001': { value: { type: 'kpi', value: top ? 100 : 0 } },
  'SC-002': { value: { type: 'kpi', value: top ? 10 : 60 } },
  'SC-003': { value: { type: 'level', level: top ? 5 : 1 } },
  'SC-004': { value: { type: 'boolean', value: top } },
  'SC-005': { value: { type: 'choice', optionId: top ? 'all' : 'none' } },
})

const run = (answers: Answers, count?: number, thresholds = tinyMeta.thresholds) =>
  strengthsAndWeaknesses(
    scoreAssessment(tinySet, answers, 'prefecture-and-above'),
    { meta: { ...tinyMeta, thresholds } },
    count === undefined ? undefined : { count },
  )
const ids = (items: RankedItem[]) => items.map((i) => i.id)

describe('strengthsAndWeaknesses', () => {
  // Full answers: SA 91.7, DG 80, DT 75, D2 70, D1 68.3, MF 53.3, ED 50.
  it.each([
    [undefined, ['SA', 'DG', 'DT'], ['ED', 'MF', 'D1']],
    [1, ['SA'], ['ED']],
    [10, ['SA', 'DG', 'DT', 'D2', 'D1', 'MF', 'ED'], []], // every item ≥ 50 is a strength
    [0, [], []],
    [-2, [], []],
  ])('with count %s: strengths %j, weaknesses %j', (count, strengths, weaknesses) => {
    const result = run(fullAnswers, count)
    expect(ids(result.strengths)).toEqual(strengths)
    expect(ids(result.weaknesses)).toEqual(weaknesses)
  })

  it('carries kind, unrounded score, coverage and level with each item', () => {
    const { strengths, weaknesses } = run(fullAnswers)
    expect(strengths[0]).toEqual({
      kind: 'capability',
      id: 'SA',
      score: expect.closeTo(137.5 / 1.5, 10),
      coverage: 1,
      level: { level: 'L5', provisional: false },
    })
    expect(weaknesses[2]).toEqual({
      kind: 'dimension',
      id: 'D1',
      score: expect.closeTo(205 / 3, 10),
      coverage: 1,
      level: { level: 'L3', provisional: false },
    })
  })

  it.each([
    [
      'all at 100: no weakness at L5, capabilities before dimensions',
      true,
      3,
      ['DG', 'DT', 'ED'],
      [],
    ],
    ['all at 0: no strength', false, 3, [], ['DG', 'DT', 'ED']],
    ['all at 0, every item', false, 7, [], ['DG', 'DT', 'ED', 'MF', 'SA', 'D1', 'D2']],
  ])('breaks ties by kind then id (%s)', (_, top, count, strengths, weaknesses) => {
    const result = run(allAt(top), count)
    expect(ids(result.strengths)).toEqual(strengths)
    expect(ids(result.weaknesses)).toEqual(weaknesses)
  })

  it('ranks equal scores computed by different routes as ties', () => {
    // DG, DT, MF, SA and D1 all 75 (D1 as (⅓·75 + ⅓·75) / ⅔); ED and D2 unscored.
    const result = run({
      'SC-001': { value: { type: 'kpi', value: 75 } },
      'SC-003': { value: { type: 'level', level: 4 } },
    })
    expect(ids(result.strengths)).toEqual(['DG', 'DT', 'MF'])
    expect(ids(result.weaknesses)).toEqual(['SA', 'D1'])
  })

  it('keeps provisional levels, so the screen can flag thinly answered items', () => {
    const { strengths } = run({ 'SC-001': { value: { type: 'kpi', value: 80 } } })
    expect(strengths.map((s) => [s.id, s.coverage, s.level.provisional])).toEqual([
      ['DG', 1, false],
      ['MF', expect.closeTo(1 / 3, 10), true], // SC-005 (weight 1) open, SC-001 (0.5) scored
      ['D1', expect.closeTo(1 / 3, 10), true],
    ])
  })

  it('uses the set thresholds: 40 is a strength only where L3 begins at 40', () => {
    const answers: Answers = { 'SC-005': { value: { type: 'choice', optionId: 'some' } } }
    expect(ids(run(answers).strengths)).toEqual([])
    expect(ids(run(answers).weaknesses)).toEqual(['MF', 'D2'])
    expect(ids(run(answers, 3, [20, 40, 60, 80]).strengths)).toEqual(['MF', 'D2'])
  })

  it.each([
    ['nothing answered', {}],
    [
      'everything N/A',
      Object.fromEntries(
        tinySet.indicators.map((i) => [i.id, { notApplicable: { reason: '无' } }]),
      ),
    ],
  ])('is empty when %s', (_, answers: Answers) => {
    expect(run(answers)).toEqual({ strengths: [], weaknesses: [] })
  })
})
