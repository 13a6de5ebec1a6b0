import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readReleases } from '../../../scripts/build/releases'
import type { Answer } from '../assessment/answer'
import type { CityLevel, IndicatorSet } from '../indicators/schema'
import { scoreAssessment } from '../scoring/scoreAssessment'
import { arbitraryAnswer, arbitraryAnswers } from '../testing/arbitraryAnswers'
import { must } from '../testing/must'
import { nextVersion } from '../testing/nextVersion'
import { fullAnswers, t, tinyMeta, tinySet } from '../testing/tinySet'
import { comparability } from './comparability'
import { sharedEqualSubset } from './sharedEqualSubset'

/** The first release (1.0.0), frozen: the working copy in indicators/ moves on between releases. */
const shipped = must(readReleases()[0], 'the first release').set

/** The shipped set's next version with nothing but SC-001 retired and SC-068 added in its place. */
const retiredAndAdded: IndicatorSet = {
  meta: { ...shipped.meta, version: '1.1.0' },
  indicators: shipped.indicators.flatMap((i) =>
    i.id === 'SC-001'
      ? [
          {
            ...i,
            id: 'SC-068',
            name: t('added'),
            answer: { type: 'boolean', yes: t('y'), no: t('n') },
          },
        ]
      : [i],
  ),
}

describe('sharedEqualSubset', () => {
  it('keeps the shared indicators with equal definitions and says why it leaves out the others', () => {
    const next = nextVersion(shipped, { retarget: 'SC-008', retire: 'SC-001', reword: 'SC-002' })
    const subset = sharedEqualSubset(shipped, next.set)
    expect(subset.leftOut).toEqual([
      { indicatorId: 'SC-001', reasons: ['only-in-a'] },
      { indicatorId: 'SC-008', reasons: ['target'] },
      { indicatorId: 'SC-068', reasons: ['only-in-b'] },
    ])
    expect(subset.shared).toHaveLength(shipped.indicators.length - 2)
    expect(subset.shared).toContain('SC-002') // renamed only
    expect(subset.a.indicators.map((i) => i.id)).toEqual(subset.b.indicators.map((i) => i.id))
    expect([subset.a.meta, subset.b.meta]).toEqual([shipped.meta, next.set.meta])
    expect(
      comparability(
        { assessment: { cityLevel: 'county' }, set: subset.a },
        { assessment: { cityLevel: 'county' }, set: subset.b },
      ).differs,
    ).toBe(false)
  })

  it('leaves out an indicator whose weight or placement changed', () => {
    const v2: IndicatorSet = {
      meta: tinyMeta,
      indicators: tinySet.indicators.map((i) =>
        i.id === 'SC-002'
          ? { ...i, weight: 2 }
          : i.id === 'SC-005'
            ? { ...i, applicability: 'all' }
            : i,
      ),
    }
    expect(sharedEqualSubset(tinySet, v2)).toMatchObject({
      shared: ['SC-001', 'SC-003', 'SC-004'],
      leftOut: [
        { indicatorId: 'SC-002', reasons: ['weight'] },
        { indicatorId: 'SC-005', reasons: ['applicability'] },
      ],
    })
  })

  it('gives restricted sets whose weights renormalise over the indicators left', () => {
    // SC-001 retired: D1 = ⅔·SC-002 (50) + ⅓·SC-003 (75) = 58.33; D2 = (100 + 40)/2 = 70;
    // total 0.6·58.33 + 0.4·70 = 63; DG held only SC-001 and no longer scores.
    const subset = sharedEqualSubset(tinySet, {
      ...tinySet,
      indicators: tinySet.indicators.slice(1),
    })
    const score = scoreAssessment(subset.a, fullAnswers, 'prefecture-and-above')
    expect(score.total.score).toBeCloseTo(63, 9)
    expect(score.dimensions.map((d) => d.score)).toEqual([expect.closeTo(175 / 3, 9), 70])
    expect(score.capabilities.DG.score).toBeNull()
    expect(score.capabilities.MF.score).toBe(40)
    const d1 = must(score.dimensions[0])
    expect(d1.contributions.map((c) => [c.indicatorId, c.share])).toEqual([
      ['SC-002', expect.closeTo(2 / 3, 12)],
      ['SC-003', expect.closeTo(1 / 3, 12)],
    ])
  })

  it('drops a dimension left without indicators from the total', () => {
    const noD2 = { ...tinySet, indicators: tinySet.indicators.filter((i) => i.dimension !== 'D2') }
    const subset = sharedEqualSubset(noD2, tinySet)
    const score = scoreAssessment(subset.b, fullAnswers, 'prefecture-and-above')
    expect(score.dimensions.map((d) => d.score)).toEqual([expect.closeTo(205 / 3, 9), null])
    expect(score.total.score).toBeCloseTo(205 / 3, 9)
  })

  describe('an assessment scored under two versions that differ by one retired and one added indicator', () => {
    const subset = sharedEqualSubset(shipped, retiredAndAdded)

    it('scores differently on the whole sets', () => {
      // SC-001 (90) and SC-002 (40) share L1's first sub-dimension; under 1.1.0 SC-002 stands alone there.
      const answers = {
        'SC-001': { value: { type: 'kpi', value: 90 } },
        'SC-002': { value: { type: 'kpi', value: 40 } },
      } satisfies Record<string, Answer>
      const [a, b] = [shipped, retiredAndAdded].map(
        (set) => scoreAssessment(set, answers, 'prefecture-and-above').total.score,
      )
      expect(a).toBeCloseTo((0.3 * 90 + 0.35 * 40) / 0.65, 9)
      expect(b).toBe(40)
    })

    it('scores exactly the same on the shared subset, whatever the answers', () => {
      const added = must(retiredAndAdded.indicators.find((i) => i.id === 'SC-068'))
      fc.assert(
        fc.property(
          arbitraryAnswers(shipped),
          arbitraryAnswer(added.answer),
          fc.constantFrom<CityLevel>('prefecture-and-above', 'county'),
          (answers, sc068, cityLevel) => {
            const all = { ...answers, 'SC-068': sc068 }
            expect(scoreAssessment(subset.b, all, cityLevel)).toEqual(
              scoreAssessment(subset.a, all, cityLevel),
            )
          },
        ),
      )
    })
  })
})
