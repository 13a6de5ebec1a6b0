import { describe, expect, it } from 'vitest'
import type { Answers } from '../assessment/answer'
import type { IndicatorSet } from '../indicators/schema'
import { countyTinySet } from '../testing/countyTinySet'
import { fullAnswers, tinySet } from '../testing/tinySet'
import { scoreAssessment } from './scoreAssessment'

describe('scoreAssessment on a prefecture-level city', () => {
  const result = scoreAssessment(tinySet, fullAnswers, 'prefecture-and-above')

  it.each([
    ['DG', 80, 'L4'], // SC-001 alone
    ['DT', 75, 'L4'], // SC-003 alone
    ['ED', 50, 'L3'], // SC-002 alone
    ['MF', (0.5 * 80 + 40) / 1.5, 'L3'], // SC-001 at 0.5, SC-005 at 1
    ['SA', (0.5 * 75 + 100) / 1.5, 'L5'], // SC-003 at 0.5, SC-004 at 1
  ] as const)('scores capability %s as %d (%s)', (id, score, level) => {
    const capability = result.capabilities[id]
    expect(capability.score).toBeCloseTo(score, 10)
    expect(capability.coverage).toBe(1)
    expect(capability.level).toEqual({ level, provisional: false })
  })

  it('weights dimensions by sub-dimension then indicator, and the total by GB/T weights', () => {
    // D1: P1 (weight 2) holds SC-001 and SC-002, P2 (weight 1) holds SC-003 → each 1/3.
    const d1 = (80 + 50 + 75) / 3
    const d2 = (100 + 40) / 2
    expect(result.dimensions.map((d) => d.score)).toEqual([
      expect.closeTo(d1, 10),
      expect.closeTo(d2, 10),
    ])
    expect(result.total.score).toBeCloseTo((60 * d1 + 40 * d2) / 100, 10) // 69
    expect(result.total.level).toEqual({ level: 'L3', provisional: false })
    expect(result.completeness).toEqual({ done: 5, asked: 5 })
  })

  it('explains the total by dimension contributions that add up to it', () => {
    const sum = result.total.contributions.reduce((s, c) => s + c.contribution, 0)
    expect(sum).toBeCloseTo(result.total.score ?? Number.NaN, 10)
    expect(result.total.contributions.map((c) => c.share)).toEqual([0.6, 0.4])
  })

  it('records each indicator outcome with the KPI measurement and U4SSC band', () => {
    expect(result.outcomes.get('SC-002')).toEqual({
      state: 'scored',
      score: 50,
      measured: 35,
      band: 1,
    })
    expect(result.outcomes.get('SC-003')).toEqual({ state: 'scored', score: 75 })
  })
})

describe('scoreAssessment edge cases', () => {
  it('leaves out indicators that do not apply to a county-level city', () => {
    const result = scoreAssessment(tinySet, fullAnswers, 'county')
    expect(result.outcomes.get('SC-005')).toEqual({ state: 'excluded' })
    expect(result.capabilities.MF.score).toBe(80) // SC-001 alone
    expect(result.dimensions[1]?.score).toBe(100) // SC-004 alone
    expect(result.total.score).toBeCloseTo((60 * (205 / 3) + 40 * 100) / 100, 10)
    expect(result.completeness).toEqual({ done: 4, asked: 4 })
  })

  it('treats N/A as leaving the denominator and unanswered as lowering coverage', () => {
    const answers: Answers = {
      'SC-001': fullAnswers['SC-001'],
      'SC-002': { notApplicable: { reason: '本市无此业务' }, value: { type: 'kpi', value: 5 } },
    }
    const result = scoreAssessment(tinySet, answers, 'prefecture-and-above')
    expect(result.outcomes.get('SC-002')).toEqual({ state: 'na', reason: '本市无此业务' })
    const d1 = result.dimensions[0]
    expect(d1?.score).toBe(80)
    expect(d1?.coverage).toBeCloseTo(0.5, 10) // SC-001 (1/3) of SC-001 + SC-003 (2/3)
    expect(d1?.level).toEqual({ level: 'L4', provisional: true })
    expect(result.capabilities.ED).toMatchObject({ score: null, coverage: null, level: null })
    expect(result.completeness).toEqual({ done: 2, asked: 5 })
  })

  it('gives no score and no level when nothing is answered', () => {
    const result = scoreAssessment(tinySet, {}, 'prefecture-and-above')
    expect(result.total).toEqual({ score: null, coverage: 0, level: null, contributions: [] })
    expect(
      Object.values(result.capabilities).every((c) => c.score === null && c.coverage === 0),
    ).toBe(true)
  })

  it('gives no score and no coverage when every indicator is N/A', () => {
    const answers = Object.fromEntries(
      tinySet.indicators.map((i) => [i.id, { notApplicable: { reason: 'n/a' } }]),
    )
    const result = scoreAssessment(tinySet, answers, 'prefecture-and-above')
    expect(result.total).toEqual({ score: null, coverage: null, level: null, contributions: [] })
  })

  it('treats an out-of-range stored value as unanswered, never as a score', () => {
    const result = scoreAssessment(
      tinySet,
      { 'SC-001': { value: { type: 'kpi', value: 130 } } },
      'prefecture-and-above',
    )
    expect(result.outcomes.get('SC-001')).toEqual({ state: 'invalid', problem: 'out-of-range' })
    expect(result.capabilities.DG).toMatchObject({ score: null, coverage: 0 })
    expect(result.capabilities.DG.open).toEqual([{ indicatorId: 'SC-001', weight: 1 }])
  })

  it('uses each indicator weight relative to its group mean for capabilities', () => {
    const weighted: IndicatorSet = {
      ...tinySet,
      indicators: tinySet.indicators.map((i) => (i.id === 'SC-001' ? { ...i, weight: 3 } : i)),
    }
    // P1 = SC-001 (3) and SC-002 (1): mean 2, so SC-001 weighs 1.5 and SC-002 0.5 relative.
    const result = scoreAssessment(weighted, fullAnswers, 'prefecture-and-above')
    expect(result.capabilities.MF.score).toBeCloseTo((0.75 * 80 + 40) / 1.75, 10)
    // In D1, P1 has 2/3 of the weight: SC-001 2/3·3/4 = 1/2, SC-002 2/3·1/4 = 1/6, SC-003 1/3.
    expect(result.dimensions[0]?.score).toBeCloseTo(80 / 2 + 50 / 6 + 75 / 3, 10)
  })

  it('weighs an indicator without a known sub-dimension as a group of weight 1', () => {
    const loose: IndicatorSet = {
      ...tinySet,
      indicators: tinySet.indicators.map((i) =>
        i.id === 'SC-003' ? { ...i, subdimension: undefined } : i,
      ),
    }
    // Groups in D1: P1 (2) and the dimension itself (1) → same shares as before.
    const result = scoreAssessment(loose, fullAnswers, 'prefecture-and-above')
    expect(result.dimensions[0]?.score).toBeCloseTo((80 + 50 + 75) / 3, 10)
  })
})

describe('scoreAssessment with targets of their own for county-level cities', () => {
  // countyTinySet: SC-001 counties 60 → 100 %, SC-002 counties 60 → 20 min (see its comment).
  const county = scoreAssessment(countyTinySet, fullAnswers, 'county')
  const prefecture = scoreAssessment(countyTinySet, fullAnswers, 'prefecture-and-above')

  it('scores a county-level city against the county baseline and target', () => {
    expect(county.outcomes.get('SC-001')).toMatchObject({ state: 'scored', score: 50 })
    expect(county.outcomes.get('SC-002')).toMatchObject({ state: 'scored', score: 62.5 })
    expect(county.capabilities.DG.score).toBe(50)
    expect(county.capabilities.ED.score).toBe(62.5)
    // D1 = (SC-001 + SC-002 + SC-003) / 3; D2 = SC-004 alone (SC-005 is not asked).
    expect(county.total.score).toBeCloseTo((60 * ((50 + 62.5 + 75) / 3) + 40 * 100) / 100, 10)
  })

  it('measures the U4SSC band against the target the city is held to', () => {
    // 35 min against 20 min is 57 % of the target (band 2); against 10 min, 29 % (band 1).
    expect(county.outcomes.get('SC-002')).toMatchObject({ band: 2 })
    expect(prefecture.outcomes.get('SC-002')).toMatchObject({ band: 1 })
  })

  it('scores a prefecture-level city against the general target, as without overrides', () => {
    expect(prefecture).toEqual(scoreAssessment(tinySet, fullAnswers, 'prefecture-and-above'))
    expect(prefecture.outcomes.get('SC-001')).toMatchObject({ score: 80 })
  })

  it('scores indicators without an override the same at every level and in either set', () => {
    const plain = scoreAssessment(tinySet, fullAnswers, 'county')
    for (const id of ['SC-003', 'SC-004', 'SC-005'])
      expect(county.outcomes.get(id), id).toEqual(plain.outcomes.get(id))
    // Without overrides a KPI scores the same at both levels.
    expect(plain.outcomes.get('SC-001')).toEqual(prefecture.outcomes.get('SC-001'))
    expect(county.cityLevel).toBe('county')
  })
})
