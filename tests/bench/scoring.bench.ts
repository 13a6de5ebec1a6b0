/**
 * Scoring-engine benchmark: `npm run bench`. One assessment of 150 indicators (the shipped set,
 * cycled to 150 with fresh ids), and a batch of 10 000 such assessments.
 */
import fc from 'fast-check'
import { bench, describe } from 'vitest'
import { defaultIndicatorSet } from '../../src/content/defaultIndicatorSet'
import type { IndicatorSet } from '../../src/domain/indicators/schema'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { arbitraryAnswers } from '../../src/domain/testing/arbitraryAnswers'

const shipped = defaultIndicatorSet()
const set150: IndicatorSet = {
  meta: shipped.meta,
  indicators: Array.from({ length: 150 }, (_, n) => {
    const source = shipped.indicators[n % shipped.indicators.length]
    if (source === undefined) throw new Error('empty set')
    return { ...source, id: `SC-${String(n + 1).padStart(3, '0')}` }
  }),
}
const answerSets = fc.sample(arbitraryAnswers(set150), { numRuns: 10_000, seed: 20261124 })
const one = answerSets[0] ?? {}

describe('scoreAssessment', () => {
  bench('one assessment, 150 indicators', () => {
    scoreAssessment(set150, one, 'prefecture-and-above')
  })

  bench(
    '10 000 assessments, 150 indicators each',
    () => {
      for (const answers of answerSets) scoreAssessment(set150, answers, 'prefecture-and-above')
    },
    { iterations: 3, warmupIterations: 1 },
  )
})
