import { describe, expect, it } from 'vitest'
import type { IndicatorOutcome } from './outcome'
import { weightedMean } from './weightedMean'

const item = (indicatorId: string, weight: number, outcome: IndicatorOutcome) => ({
  indicatorId,
  weight,
  outcome,
})
const scored = (score: number): IndicatorOutcome => ({ state: 'scored', score })

describe('weightedMean', () => {
  it('is empty for no items', () => {
    expect(weightedMean([])).toEqual({
      score: null,
      coverage: null,
      contributions: [],
      open: [],
      counts: { scored: 0, na: 0, unanswered: 0, invalid: 0 },
    })
  })

  it('weights scores and explains each contribution and potential gain', () => {
    const result = weightedMean([item('a', 3, scored(100)), item('b', 1, scored(20))])
    expect(result.score).toBeCloseTo(80, 10)
    expect(result.coverage).toBe(1)
    expect(result.contributions).toEqual([
      { indicatorId: 'a', weight: 3, share: 0.75, score: 100, contribution: 75, potentialGain: 0 },
      { indicatorId: 'b', weight: 1, share: 0.25, score: 20, contribution: 5, potentialGain: 20 },
    ])
  })

  it('leaves N/A out of both sums but keeps unanswered and invalid in the coverage denominator', () => {
    const result = weightedMean([
      item('a', 1, scored(60)),
      item('b', 5, { state: 'na', reason: 'no metro' }),
      item('c', 1, { state: 'unanswered' }),
      item('d', 2, { state: 'invalid', problem: 'out-of-range' }),
      item('e', 9, { state: 'excluded' }),
    ])
    expect(result.score).toBe(60)
    expect(result.coverage).toBeCloseTo(1 / 4, 10)
    expect(result.counts).toEqual({ scored: 1, na: 1, unanswered: 1, invalid: 1 })
    expect(result.open).toEqual([
      { indicatorId: 'd', weight: 2 },
      { indicatorId: 'c', weight: 1 },
    ])
  })

  it('has no score and no coverage when everything is N/A', () => {
    const result = weightedMean([item('a', 1, { state: 'na', reason: 'r' })])
    expect([result.score, result.coverage]).toEqual([null, null])
  })

  it('has no score and zero coverage when nothing is answered', () => {
    const result = weightedMean([item('a', 1, { state: 'unanswered' })])
    expect([result.score, result.coverage]).toEqual([null, 0])
  })

  it('has no score when every scored item weighs zero', () => {
    const result = weightedMean([item('a', 0, scored(50))])
    expect([result.score, result.contributions]).toEqual([null, []])
    expect(result.counts.scored).toBe(1)
  })
})
