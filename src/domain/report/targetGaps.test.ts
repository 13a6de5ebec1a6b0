import { describe, expect, it } from 'vitest'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { fullAnswers, tinyMeta, tinySet } from '../testing/tinySet'
import { targetGaps } from './targetGaps'

describe('targetGaps', () => {
  const score = scoreAssessment(tinySet, fullAnswers, 'prefecture-and-above')

  // Current: DG 80, DT 75, ED 50, MF 53.3, SA 91.7; levels begin at 0 / 30 / 50 / 70 / 90.
  it.each([
    ['DG', 'L5', 90, 10, false],
    ['DT', 'L4', 70, 0, true], // target below the current score
    ['ED', 'L3', 50, 0, true], // exactly at the threshold
    ['ED', 'L2', 30, 0, true],
    ['MF', 'L4', 70, 70 - 160 / 3, false],
    ['SA', 'L1', 0, 0, true],
  ] as const)(
    '%s towards %s (from %d): gap %d, reached %s',
    (capability, target, from, gap, reached) => {
      const [row] = targetGaps(score, { [capability]: target }, tinyMeta)
      expect(row).toEqual({
        capability,
        score: score.capabilities[capability].score,
        level: score.capabilities[capability].level,
        target,
        targetScore: from,
        gap: expect.closeTo(gap, 10),
        reached,
      })
    },
  )

  it('gives one row per targeted capability, in DG…SA order', () => {
    const rows = targetGaps(score, { SA: 'L5', DG: 'L5', MF: 'L4' }, tinyMeta)
    expect(rows.map((r) => r.capability)).toEqual(['DG', 'MF', 'SA'])
    expect(targetGaps(score, {}, tinyMeta)).toEqual([])
  })

  it('has no gap and is not reached without a score', () => {
    const empty = scoreAssessment(tinySet, {}, 'prefecture-and-above')
    expect(targetGaps(empty, { DT: 'L1' }, tinyMeta)).toEqual([
      {
        capability: 'DT',
        score: null,
        level: null,
        target: 'L1',
        targetScore: 0,
        gap: null,
        reached: false,
      },
    ])
  })

  it('uses the set thresholds', () => {
    const [row] = targetGaps(score, { DG: 'L5' }, { thresholds: [20, 40, 60, 80] })
    expect(row).toMatchObject({ targetScore: 80, gap: 0, reached: true })
  })
})
