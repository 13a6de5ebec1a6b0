import { describe, expect, it } from 'vitest'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { fullAnswers, tinyMeta, tinySet } from '../testing/tinySet'
import { levelRings, toRadarSeries } from './radarSeries'

describe('toRadarSeries', () => {
  const score = scoreAssessment(tinySet, fullAnswers, 'prefecture-and-above')

  it('gives five rows in DG, DT, ED, MF, SA order with targets at the level starts', () => {
    const rows = toRadarSeries(score, tinyMeta, { DG: 'L5', ED: 'L1', SA: 'L3' })
    expect(rows.map((r) => [r.capability, r.target])).toEqual([
      ['DG', 90],
      ['DT', null],
      ['ED', 0],
      ['MF', null],
      ['SA', 50],
    ])
  })

  it.each([
    ['DG', 80, 'L4'],
    ['DT', 75, 'L4'],
    ['ED', 50, 'L3'],
    ['MF', 160 / 3, 'L3'], // (0.5·80 + 1·40) / 1.5, unrounded
    ['SA', 137.5 / 1.5, 'L5'], // (0.5·75 + 1·100) / 1.5
  ] as const)('carries %s score %d and level %s unrounded', (capability, value, level) => {
    const row = toRadarSeries(score, tinyMeta).find((r) => r.capability === capability)
    expect(row?.score).toBeCloseTo(value, 10)
    expect(row?.coverage).toBe(1)
    expect(row?.level).toEqual({ level, provisional: false })
    expect(row?.target).toBeNull()
  })

  it('keeps the target of a capability without a score, and has no score or level', () => {
    const empty = scoreAssessment(tinySet, {}, 'prefecture-and-above')
    expect(toRadarSeries(empty, tinyMeta, { DT: 'L4' })[1]).toEqual({
      capability: 'DT',
      score: null,
      coverage: 0,
      level: null,
      target: 70,
    })
  })

  it('has no coverage where every indicator of a capability is N/A', () => {
    const na = scoreAssessment(
      tinySet,
      { 'SC-002': { notApplicable: { reason: '无' } } },
      'prefecture-and-above',
    )
    expect(toRadarSeries(na, tinyMeta)[2]).toMatchObject({ capability: 'ED', coverage: null })
  })
})

describe('levelRings', () => {
  it.each([
    [
      [30, 50, 70, 90],
      [30, 50, 70, 90],
    ],
    [
      [70, 30, 90, 50],
      [30, 50, 70, 90],
    ],
  ])('rings for %j are %j', (thresholds, expected) => {
    expect(levelRings({ thresholds })).toEqual(expected)
  })
})
