import { describe, expect, it } from 'vitest'
import type { Answers } from '../assessment/answer'
import type { CityLevel, IndicatorSet } from '../indicators/schema'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { countyTinySet } from '../testing/countyTinySet'
import { fullAnswers, t, tinySet } from '../testing/tinySet'
import { improvementPriorities, unansweredPriorities } from './priorities'

const naAll = Object.fromEntries(
  tinySet.indicators.map((i) => [i.id, { notApplicable: { reason: '无' } }]),
)
const priorities = (answers: Answers, set: IndicatorSet = tinySet, limit?: number) =>
  improvementPriorities(
    scoreAssessment(tinySet, answers, 'prefecture-and-above'),
    set,
    answers,
    limit === undefined ? undefined : { limit },
  )
const open = (answers: Answers, set: IndicatorSet = tinySet, limit?: number) =>
  unansweredPriorities(
    scoreAssessment(tinySet, answers, 'prefecture-and-above'),
    set,
    limit === undefined ? undefined : { limit },
  )

describe('improvementPriorities', () => {
  // D1 (share 0.6) weighs SC-001, SC-002, SC-003 ⅓ each; D2 (0.4) weighs SC-004, SC-005 ½ each.
  // gainOnTotal = share_d × share_i × (100 − sᵢ); SC-004 is at 100 and is left out.
  it('ranks scored indicators by their gain on the total, with the next step', () => {
    expect(priorities(fullAnswers)).toEqual([
      {
        indicatorId: 'SC-005',
        dimensionId: 'D2',
        primaryCapability: 'MF',
        score: 40,
        gainOnTotal: expect.closeTo(0.4 * 0.5 * 60, 10), // 12
        gainByCapability: { MF: expect.closeTo((2 / 3) * 60, 10) }, // SC-005 weighs 1 of 1.5 in MF
        next: { kind: 'choice', option: { id: 'all', label: t('all'), score: 100 } },
      },
      {
        indicatorId: 'SC-002',
        dimensionId: 'D1',
        primaryCapability: 'ED',
        score: 50,
        gainOnTotal: expect.closeTo((0.6 / 3) * 50, 10), // 10
        gainByCapability: { ED: 50 },
        next: {
          kind: 'kpi',
          measured: 35,
          target: 10,
          gap: 25,
          direction: 'lower',
          unit: t('min'),
        },
      },
      {
        indicatorId: 'SC-003',
        dimensionId: 'D1',
        primaryCapability: 'DT',
        score: 75,
        gainOnTotal: expect.closeTo((0.6 / 3) * 25, 10), // 5
        gainByCapability: { DT: 25, SA: expect.closeTo(25 / 3, 10) }, // SC-003 weighs 0.5 of 1.5 in SA
        next: { kind: 'level', level: 5, descriptor: t('level 5') },
      },
      {
        indicatorId: 'SC-001',
        dimensionId: 'D1',
        primaryCapability: 'DG',
        score: 80,
        gainOnTotal: expect.closeTo((0.6 / 3) * 20, 10), // 4
        gainByCapability: { DG: 20, MF: expect.closeTo(20 / 3, 10) },
        next: {
          kind: 'kpi',
          measured: 80,
          target: 100,
          gap: 20,
          direction: 'higher',
          unit: t('%'),
        },
      },
    ])
  })

  it.each([
    [undefined, ['SC-005', 'SC-002', 'SC-003', 'SC-001']],
    [2, ['SC-005', 'SC-002']],
    [0, []],
    [-1, []],
  ])('returns at most %s items', (limit, expected) => {
    expect(priorities(fullAnswers, tinySet, limit).map((p) => p.indicatorId)).toEqual(expected)
  })

  it('breaks ties by id', () => {
    // SC-001 at 50 and SC-002 at 50 (35 min) share D1 equally: 1 × ½ × 50 = 25 each.
    const answers: Answers = {
      'SC-002': fullAnswers['SC-002'],
      'SC-001': { value: { type: 'kpi', value: 50 } },
    }
    expect(priorities(answers).map((p) => [p.indicatorId, p.gainOnTotal])).toEqual([
      ['SC-001', 25],
      ['SC-002', 25],
    ])
  })

  it('leaves out the top rubric level, which has no gain', () => {
    const answers = { ...fullAnswers, 'SC-003': { value: { type: 'level' as const, level: 5 } } }
    expect(priorities(answers).map((p) => p.indicatorId)).not.toContain('SC-003')
  })

  it('leaves out an indicator with a gain but no better answer', () => {
    // The top rubric level scores 80 here, so level 5 has a gain but nothing above it.
    const capped: IndicatorSet = {
      ...tinySet,
      indicators: tinySet.indicators.map((i) =>
        i.id === 'SC-003' && i.answer.type === 'level'
          ? {
              ...i,
              answer: {
                ...i.answer,
                levels: i.answer.levels.map((l) => ({ ...l, score: l.level * 16 })),
              },
            }
          : i,
      ),
    }
    const answers = { ...fullAnswers, 'SC-003': { value: { type: 'level' as const, level: 5 } } }
    const score = scoreAssessment(capped, answers, 'prefecture-and-above')
    expect(score.outcomes.get('SC-003')).toEqual({ state: 'scored', score: 80 })
    expect(improvementPriorities(score, capped, answers).map((p) => p.indicatorId)).toEqual([
      'SC-005',
      'SC-002',
      'SC-001',
    ])
  })

  it('leaves out indicators the given set does not hold, and level answers it cannot see', () => {
    const without: IndicatorSet = {
      ...tinySet,
      indicators: tinySet.indicators.filter((i) => i.id !== 'SC-005'),
    }
    const score = scoreAssessment(tinySet, fullAnswers, 'prefecture-and-above')
    const answersWithoutLevel = Object.fromEntries(
      Object.entries(fullAnswers).filter(([id]) => id !== 'SC-003'),
    )
    expect(
      improvementPriorities(score, without, answersWithoutLevel).map((p) => p.indicatorId),
    ).toEqual(['SC-002', 'SC-001'])
  })

  it('shows a "no" boolean as worth its whole share', () => {
    const answers = {
      ...fullAnswers,
      'SC-004': { value: { type: 'boolean' as const, value: false } },
    }
    expect(priorities(answers)[0]).toMatchObject({
      indicatorId: 'SC-004',
      gainOnTotal: 20, // 0.4 × ½ × 100
      next: { kind: 'boolean', yes: t('yes') },
    })
  })

  it.each([
    ['nothing is answered', {}],
    ['everything is N/A', naAll],
  ])('is empty when %s', (_, answers: Answers) => {
    expect(priorities(answers)).toEqual([])
  })

  it('names the target of the city level scored for in a KPI next step', () => {
    // countyTinySet holds county-level cities to 20 min on SC-002 (10 min for the others).
    const targets = (cityLevel: CityLevel) =>
      improvementPriorities(
        scoreAssessment(countyTinySet, fullAnswers, cityLevel),
        countyTinySet,
        fullAnswers,
      ).flatMap((p) => (p.indicatorId === 'SC-002' && p.next.kind === 'kpi' ? [p.next.target] : []))
    expect(targets('county')).toEqual([20])
    expect(targets('prefecture-and-above')).toEqual([10])
  })

  it('leaves out the indicators of a dimension the weight profile reports apart', () => {
    // D2 reported apart: D1 is the whole total, so SC-001 gains ⅓ × 20 and SC-005 nothing.
    const set: IndicatorSet = {
      ...tinySet,
      meta: {
        ...tinySet.meta,
        weightProfiles: [
          {
            id: 'd1-only',
            name: t('D1 only'),
            source: 'S',
            verification: 'verified',
            note: t('n'),
            dimensionWeights: { D1: 100 },
            reportedApart: ['D2'],
          },
        ],
      },
    }
    const score = scoreAssessment(set, fullAnswers, 'prefecture-and-above', 'd1-only')
    const found = improvementPriorities(score, set, fullAnswers)
    expect(found.map((p) => p.indicatorId)).toEqual(['SC-002', 'SC-003', 'SC-001'])
    expect(found[2]?.gainOnTotal).toBeCloseTo(20 / 3, 10)
  })
})

describe('unansweredPriorities', () => {
  it('ranks open indicators by the coverage of the total they would add', () => {
    // SC-001 scored, SC-002 N/A: D1 applicable = SC-001 + SC-003 (⅓ each); D2 all open (½ each).
    const answers: Answers = {
      'SC-001': fullAnswers['SC-001'],
      'SC-002': { notApplicable: { reason: '本市无此业务' } },
    }
    expect(open(answers)).toEqual([
      {
        indicatorId: 'SC-003',
        dimensionId: 'D1',
        primaryCapability: 'DT',
        state: 'unanswered',
        coverageGain: expect.closeTo(0.6 * 0.5, 10),
      },
      {
        indicatorId: 'SC-004',
        dimensionId: 'D2',
        primaryCapability: 'SA',
        state: 'unanswered',
        coverageGain: expect.closeTo(0.4 * 0.5, 10),
      },
      {
        indicatorId: 'SC-005',
        dimensionId: 'D2',
        primaryCapability: 'MF',
        state: 'unanswered',
        coverageGain: expect.closeTo(0.4 * 0.5, 10),
      },
    ])
  })

  it('flags invalid answers and ranks them like unanswered ones', () => {
    const answers: Answers = { ...fullAnswers, 'SC-001': { value: { type: 'kpi', value: 130 } } }
    expect(open(answers)).toEqual([
      {
        indicatorId: 'SC-001',
        dimensionId: 'D1',
        primaryCapability: 'DG',
        state: 'invalid',
        coverageGain: expect.closeTo(0.6 / 3, 10),
      },
    ])
  })

  it('treats near-equal gains as ties ordered by id when nothing is answered', () => {
    // Every indicator adds 0.2: 0.6 × ⅓ in D1 and 0.4 × ½ in D2.
    const result = open({})
    expect(result.map((p) => p.indicatorId)).toEqual([
      'SC-001',
      'SC-002',
      'SC-003',
      'SC-004',
      'SC-005',
    ])
    expect(result.every((p) => Math.abs(p.coverageGain - 0.2) < 1e-12)).toBe(true)
  })

  it.each([
    [undefined, 5],
    [2, 2],
    [0, 0],
  ])('returns at most %s items', (limit, length) => {
    expect(open({}, tinySet, limit)).toHaveLength(length)
  })

  it('skips indicators not asked of the city level, and ones the set does not hold', () => {
    const county = scoreAssessment(tinySet, { 'SC-001': fullAnswers['SC-001'] }, 'county')
    expect(
      unansweredPriorities(county, tinySet).map((p) => [p.indicatorId, p.coverageGain]),
    ).toEqual([
      ['SC-004', expect.closeTo(0.4, 10)], // D2 now holds SC-004 alone
      ['SC-002', expect.closeTo(0.2, 10)],
      ['SC-003', expect.closeTo(0.2, 10)],
    ])
    const without = { ...tinySet, indicators: tinySet.indicators.filter((i) => i.id !== 'SC-004') }
    expect(unansweredPriorities(county, without).map((p) => p.indicatorId)).toEqual([
      'SC-002',
      'SC-003',
    ])
  })

  it.each([
    ['everything is answered', fullAnswers],
    ['everything is N/A', naAll],
  ])('is empty when %s', (_, answers: Answers) => {
    expect(open(answers)).toEqual([])
  })
})
