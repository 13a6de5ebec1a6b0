/**
 * Moving to a version that sets county-level cities targets of their own (`countyTinySet`: SC-001
 * counties 60 → 100 %, SC-002 counties to 20 min): what each city level's answers and scores do.
 */
import { describe, expect, it } from 'vitest'
import type { CityLevel } from '../indicators/schema'
import { countyTinySet } from '../testing/countyTinySet'
import { testAssessment } from '../testing/testAssessment'
import { fullAnswers, tinySet } from '../testing/tinySet'
import type { Answer } from './answer'
import { planMove } from './moveToVersion'

/** Every indicator of the tiny set answered (SC-001 80 %, SC-002 35 min …). */
const answers = Object.fromEntries(
  Object.entries(fullAnswers).filter((entry): entry is [string, Answer] => entry[1] !== undefined),
)

const plan = (cityLevel: CityLevel) =>
  planMove(
    testAssessment({
      indicatorSet: { setId: 'tiny', version: '1.0.0' },
      cityLevel,
      answers,
    }),
    tinySet,
    countyTinySet,
  )

describe('planMove to county targets', () => {
  it('keeps every answer of a prefecture-level city, and its scores', () => {
    const p = plan('prefecture-and-above')
    expect(p.counts).toEqual({ kept: 5, review: 0, dropped: 0 })
    expect(p.after.total.score).toBe(p.before.total.score)
  })

  it('reviews the KPI answers of a county-level city, whose baseline or target moved', () => {
    const p = plan('county')
    expect(p.answers.filter((a) => a.disposition === 'review')).toEqual([
      {
        indicatorId: 'SC-001',
        disposition: 'review',
        reasons: ['baseline'],
        value: 'kept',
        problems: [],
      },
      {
        indicatorId: 'SC-002',
        disposition: 'review',
        reasons: ['target'],
        value: 'kept',
        problems: [],
      },
    ])
    // SC-005 is not asked of county-level cities.
    expect(p.counts).toEqual({ kept: 2, review: 2, dropped: 1 })
    expect(p.after.outcomes.get('SC-001')).toMatchObject({ score: 50 })
    expect(p.after.outcomes.get('SC-002')).toMatchObject({ score: 62.5 })
  })

  it('lists the county changes in the set diff, whatever the city level', () => {
    expect(
      plan('prefecture-and-above').diff.changed.map((c) => [c.indicatorId, c.definition]),
    ).toEqual([
      ['SC-001', ['county-baseline']],
      ['SC-002', ['county-target']],
    ])
  })
})
