import { describe, expect, it } from 'vitest'
import type { Answers } from '../assessment/answer'
import type { IndicatorSet } from '../indicators/schema'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { fullAnswers, t, tinySet } from '../testing/tinySet'
import { capabilityCalculation, dimensionCalculation } from './calculation'

/** SC-001 scored, SC-002 N/A, SC-004 invalid (a number for a yes/no), SC-003 and SC-005 open. */
const partial: Answers = {
  'SC-001': fullAnswers['SC-001'],
  'SC-002': { notApplicable: { reason: '本市无此业务' } },
  'SC-004': { value: { type: 'kpi', value: 1 } },
}
const score = (answers: Answers, set: IndicatorSet = tinySet) =>
  scoreAssessment(set, answers, 'prefecture-and-above')

describe('capabilityCalculation', () => {
  it('shows each scored row of MF, adding up to the capability score', () => {
    const result = capabilityCalculation(score(fullAnswers), tinySet, 'MF')
    expect(result.scored).toEqual([
      {
        indicatorId: 'SC-001',
        name: t('SC-001'),
        capabilityWeight: 0.5,
        relativeWeight: 1,
        weight: 0.5,
        share: expect.closeTo(1 / 3, 10),
        score: 80,
        contribution: expect.closeTo(80 / 3, 10),
        potentialGain: expect.closeTo(20 / 3, 10),
      },
      {
        indicatorId: 'SC-005',
        name: t('SC-005'),
        capabilityWeight: 1,
        relativeWeight: 1,
        weight: 1,
        share: expect.closeTo(2 / 3, 10),
        score: 40,
        contribution: expect.closeTo(80 / 3, 10),
        potentialGain: expect.closeTo(40, 10),
      },
    ])
    expect(result.totals).toEqual({
      sumOfContributions: expect.closeTo(160 / 3, 10),
      score: expect.closeTo(160 / 3, 10),
      coverage: 1,
      scoredWeight: 1.5,
      openWeight: 0,
    })
    expect([result.notApplicable, result.open, result.excluded]).toEqual([[], [], []])
  })

  it('shows the relative weight wᵢ separately from mᵢₖ', () => {
    // P1 = SC-001 (weight 3) and SC-002 (1): mean 2, so wᵢ = 1.5 and wᵢ·mᵢₖ = 0.75 in MF.
    const weighted: IndicatorSet = {
      ...tinySet,
      indicators: tinySet.indicators.map((i) => (i.id === 'SC-001' ? { ...i, weight: 3 } : i)),
    }
    const [row] = capabilityCalculation(score(fullAnswers, weighted), weighted, 'MF').scored
    expect(row).toMatchObject({ capabilityWeight: 0.5, relativeWeight: 1.5, weight: 0.75 })
  })

  it('lists open rows heaviest first with their state, and the N/A rows with their reason', () => {
    const sa = capabilityCalculation(score(partial), tinySet, 'SA')
    expect(sa.scored).toEqual([])
    expect(sa.open).toEqual([
      {
        indicatorId: 'SC-004',
        name: t('SC-004'),
        capabilityWeight: 1,
        relativeWeight: 1,
        state: 'invalid',
        weight: 1,
      },
      {
        indicatorId: 'SC-003',
        name: t('SC-003'),
        capabilityWeight: 0.5,
        relativeWeight: 1,
        state: 'unanswered',
        weight: 0.5,
      },
    ])
    expect(sa.totals).toEqual({
      sumOfContributions: 0,
      score: null,
      coverage: 0,
      scoredWeight: 0,
      openWeight: 1.5,
    })
    const ed = capabilityCalculation(score(partial), tinySet, 'ED')
    expect(ed.notApplicable).toEqual([
      { indicatorId: 'SC-002', name: t('SC-002'), capabilityWeight: 1, reason: '本市无此业务' },
    ])
    expect(ed.totals).toMatchObject({ score: null, coverage: null })
  })

  it('lists indicators not asked of a county-level city as excluded', () => {
    const county = scoreAssessment(tinySet, fullAnswers, 'county')
    const mf = capabilityCalculation(county, tinySet, 'MF')
    expect(mf.excluded).toEqual([{ indicatorId: 'SC-005', name: t('SC-005'), capabilityWeight: 1 }])
    expect(mf.scored.map((r) => r.indicatorId)).toEqual(['SC-001'])
  })

  it('leaves out rows for indicators the given set does not hold', () => {
    const without = { ...tinySet, indicators: tinySet.indicators.filter((i) => i.id !== 'SC-001') }
    expect(
      capabilityCalculation(score(fullAnswers), without, 'MF').scored.map((r) => r.indicatorId),
    ).toEqual(['SC-005'])
  })
})

describe('dimensionCalculation', () => {
  it('shows D1 with effective weights, sub-dimensions and its share in the total', () => {
    const d1 = dimensionCalculation(score(fullAnswers), tinySet, 'D1')
    expect(
      d1?.scored.map((r) => [r.indicatorId, r.subdimensionId, r.weight, r.contribution]),
    ).toEqual([
      ['SC-001', 'P1', expect.closeTo(1 / 3, 10), expect.closeTo(80 / 3, 10)],
      ['SC-002', 'P1', expect.closeTo(1 / 3, 10), expect.closeTo(50 / 3, 10)],
      ['SC-003', 'P2', expect.closeTo(1 / 3, 10), expect.closeTo(25, 10)],
    ])
    expect(d1?.totals.sumOfContributions).toBeCloseTo(205 / 3, 10)
    expect(d1?.totals.score).toBeCloseTo(205 / 3, 10)
    expect([d1?.dimensionWeight, d1?.shareOfTotal]).toEqual([60, 0.6])
  })

  it('shows open and N/A rows, and no share in the total for an unscored dimension', () => {
    const d2 = dimensionCalculation(score(partial), tinySet, 'D2')
    expect(d2?.open).toEqual([
      {
        indicatorId: 'SC-004',
        name: t('SC-004'),
        subdimensionId: null,
        state: 'invalid',
        weight: 0.5,
      },
      {
        indicatorId: 'SC-005',
        name: t('SC-005'),
        subdimensionId: null,
        state: 'unanswered',
        weight: 0.5,
      },
    ])
    expect([d2?.dimensionWeight, d2?.shareOfTotal, d2?.totals.coverage]).toEqual([40, null, 0])
    const d1 = dimensionCalculation(score(partial), tinySet, 'D1')
    expect(d1?.notApplicable).toEqual([
      { indicatorId: 'SC-002', name: t('SC-002'), subdimensionId: 'P1', reason: '本市无此业务' },
    ])
    expect(d1?.shareOfTotal).toBe(1) // the only scored dimension
  })

  it('is null for an unknown dimension', () => {
    expect(dimensionCalculation(score(fullAnswers), tinySet, 'D9')).toBeNull()
  })
})
