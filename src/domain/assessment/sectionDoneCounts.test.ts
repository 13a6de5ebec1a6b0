import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CityLevel } from '../indicators/schema'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { arbitraryAnswer, arbitraryAnswers } from '../testing/arbitraryAnswers'
import { tinySet } from '../testing/tinySet'
import type { Answer } from './answer'
import { sectionProgress } from './progress'
import { sectionDoneCounts } from './sectionDoneCounts'

const cityLevel = fc.constantFrom<CityLevel>('prefecture-and-above', 'county')

/** The reference: score everything, then count. */
const fromScratch = (answers: Record<string, Answer>, level: CityLevel) =>
  sectionProgress(
    tinySet.meta.dimensions,
    tinySet.indicators,
    scoreAssessment(tinySet, answers, level).outcomes,
  ).map((p) => p.done)

const defined = (answers: Record<string, Answer | undefined>) =>
  Object.fromEntries(
    Object.entries(answers).filter((e): e is [string, Answer] => e[1] !== undefined),
  )

describe('section done-counts, computed incrementally', () => {
  it('equal scoring the whole set, for any answers and city level', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, (answers, level) => {
        const all = defined(answers)
        expect(sectionDoneCounts(tinySet, all, level)).toEqual(fromScratch(all, level))
      }),
    )
  })

  it('stay equal when one answer is replaced and the others are kept (a keystroke)', () => {
    const first = tinySet.indicators[0]
    if (first === undefined) throw new Error('empty set')
    fc.assert(
      fc.property(
        arbitraryAnswers(tinySet),
        arbitraryAnswer(first.answer),
        cityLevel,
        (answers, replacement, level) => {
          const before = defined(answers)
          sectionDoneCounts(tinySet, before, level)
          const after = defined({ ...before, [first.id]: replacement })
          expect(sectionDoneCounts(tinySet, after, level)).toEqual(fromScratch(after, level))
        },
      ),
    )
  })

  it('count the same answers object afresh for each city level', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), (answers) => {
        const all = defined(answers)
        for (const level of ['prefecture-and-above', 'county', 'prefecture-and-above'] as const)
          expect(sectionDoneCounts(tinySet, all, level)).toEqual(fromScratch(all, level))
      }),
    )
  })
})
