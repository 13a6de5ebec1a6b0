import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { capabilityIds, type CityLevel } from '../indicators/schema'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { arbitraryAnswers } from '../testing/arbitraryAnswers'
import { tinySet } from '../testing/tinySet'
import { capabilityCalculation, dimensionCalculation } from './calculation'
import { improvementPriorities, unansweredPriorities } from './priorities'
import { strengthsAndWeaknesses } from './strengthsWeaknesses'

const cityLevel = fc.constantFrom<CityLevel>('prefecture-and-above', 'county')
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

describe('report properties (fast-check)', () => {
  it('explains the gap to 100 and the missing coverage exactly', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, (answers, level) => {
        const score = scoreAssessment(tinySet, answers, level)
        const { total } = score
        // In the tiny set every indicator below 100 has a next step, so no gain is left out.
        const gains = improvementPriorities(score, tinySet, answers, { limit: Infinity })
        if (total.score !== null)
          expect(sum(gains.map((p) => p.gainOnTotal))).toBeCloseTo(100 - total.score, 9)
        const open = unansweredPriorities(score, tinySet)
        if (total.coverage !== null)
          expect(sum(open.map((p) => p.coverageGain))).toBeCloseTo(1 - total.coverage, 9)
      }),
    )
  })

  it('has calculation tables whose contributions add up to each score', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, (answers, level) => {
        const score = scoreAssessment(tinySet, answers, level)
        const tables = [
          ...capabilityIds.map((k) => capabilityCalculation(score, tinySet, k)),
          ...tinySet.meta.dimensions.map((d) => dimensionCalculation(score, tinySet, d.id)),
        ]
        for (const table of tables) {
          expect(table?.totals.sumOfContributions).toBeCloseTo(table?.totals.score ?? 0, 9)
        }
      }),
    )
  })

  it('never lists an item as both a strength and a weakness', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), fc.integer({ min: 0, max: 8 }), (answers, count) => {
        const score = scoreAssessment(tinySet, answers, 'prefecture-and-above')
        const { strengths, weaknesses } = strengthsAndWeaknesses(score, tinySet, { count })
        const ids = [...strengths, ...weaknesses].map((i) => `${i.kind}:${i.id}`)
        expect(new Set(ids).size).toBe(ids.length)
        expect(strengths.length).toBeLessThanOrEqual(count)
      }),
    )
  })
})
