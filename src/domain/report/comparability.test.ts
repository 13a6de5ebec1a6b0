import { describe, expect, it } from 'vitest'
import { readReleases } from '../../../scripts/build/releases'
import type { CityLevel, Indicator, IndicatorSet } from '../indicators/schema'
import { must } from '../testing/must'
import { nextVersion } from '../testing/nextVersion'
import { t, tinyMeta, tinySet } from '../testing/tinySet'
import { comparability, type Comparability, type GroupComparability } from './comparability'

const side = (set: IndicatorSet, cityLevel: CityLevel = 'prefecture-and-above') => ({
  assessment: { cityLevel },
  set,
})

const tinyWith = (edit: (i: Indicator) => Indicator[], meta = tinyMeta): IndicatorSet => ({
  meta: { ...meta, version: '2.0.0' },
  indicators: tinySet.indicators.flatMap(edit),
})

const clear: GroupComparability = { differs: false, indicators: [], meta: [] }

/** The involved indicators of every score that differs, by score. */
const flagged = (c: Comparability) =>
  Object.fromEntries(
    [
      ['total', c.total] as const,
      ...Object.entries(c.capabilities),
      ...c.dimensions.map((d) => [d.dimensionId, d] as const),
    ]
      .filter(([, g]) => g.differs)
      .map(([id, g]) => [
        id,
        [g.indicators.map((i) => `${i.indicatorId} ${i.reasons.join('+')}`), g.meta],
      ]),
  )

describe('comparability', () => {
  it('finds nothing that differs between a set and a copy of it at the same city level', () => {
    const result = comparability(side(tinySet), side(structuredClone(tinySet)))
    expect(result).toEqual({
      differs: false,
      total: clear,
      capabilities: { DG: clear, DT: clear, ED: clear, MF: clear, SA: clear },
      dimensions: [
        { dimensionId: 'D1', ...clear },
        { dimensionId: 'D2', ...clear },
      ],
    })
  })

  it('names a changed target, a retired and an added indicator under each score they enter', () => {
    // SC-001 (DG, MF; D1) target 100 → 80; SC-004 (SA; D2) retired; SC-006 added (SA; D2).
    const v2 = tinyWith((i) => {
      if (i.id === 'SC-004') return [{ ...i, id: 'SC-006' }]
      if (i.id === 'SC-001' && i.answer.type === 'kpi')
        return [{ ...i, answer: { ...i.answer, target: 80 } }]
      return [i]
    })
    const result = comparability(side(tinySet), side(v2))
    expect(result.differs).toBe(true)
    expect(flagged(result)).toEqual({
      total: [['SC-001 target', 'SC-004 only-in-a', 'SC-006 only-in-b'], []],
      DG: [['SC-001 target'], []],
      MF: [['SC-001 target'], []],
      SA: [['SC-004 only-in-a', 'SC-006 only-in-b'], []],
      D1: [['SC-001 target'], []],
      D2: [['SC-004 only-in-a', 'SC-006 only-in-b'], []],
    })
  })

  it('flags the indicators whose share of a score a weight change moves, and no others', () => {
    // SC-002 weighs 2: in D1's P1 SC-001 and SC-002 go from ½ and ½ to ⅓ and ⅔ (SC-003 keeps its ⅓
    // of D1); SC-001 weighs ⅔ against P1's mean, so in MF it goes from ⅓ to ¼ and SC-005 from ⅔ to ¾.
    // DG and ED hold one indicator each, whose share stays 1.
    const heavier = tinyWith((i) => [i.id === 'SC-002' ? { ...i, weight: 2 } : i])
    expect(flagged(comparability(side(tinySet), side(heavier)))).toEqual({
      total: [['SC-001 weight', 'SC-002 weight'], []],
      MF: [['SC-001 weight', 'SC-005 weight'], []],
      D1: [['SC-001 weight', 'SC-002 weight'], []],
    })
  })

  it('tells an indicator not asked of one city level from one counted elsewhere', () => {
    // The same set: a county is not asked SC-005 (prefecture and above only).
    expect(flagged(comparability(side(tinySet, 'county'), side(tinySet)))).toEqual({
      total: [['SC-005 not-asked'], []],
      MF: [['SC-005 not-asked'], []],
      D2: [['SC-005 not-asked'], []],
    })
    // SC-004 moves from D2 to D1's P2, where SC-003's share halves.
    const moved = tinyWith((i) => [
      i.id === 'SC-004' ? { ...i, dimension: 'D1', subdimension: 'P2' } : i,
    ])
    const result = flagged(comparability(side(tinySet), side(moved)))
    expect(result['D1']).toEqual([
      ['SC-001 weight', 'SC-002 weight', 'SC-003 weight', 'SC-004 placement'],
      [],
    ])
    expect(result['D2']).toEqual([['SC-004 placement'], []])
    expect(result['SA']).toBeUndefined()
  })

  it('lists a definition change of an indicator it counts elsewhere on the other side', () => {
    const both = tinyWith((i) =>
      i.id === 'SC-004' && i.answer.type === 'boolean'
        ? [
            {
              ...i,
              dimension: 'D1',
              subdimension: 'P2',
              answer: { ...i.answer, yes: t('in force') },
            },
          ]
        : [i],
    )
    expect(flagged(comparability(side(tinySet), side(both)))['D2']).toEqual([
      ['SC-004 placement+yes-no'],
      [],
    ])
  })

  it('names the dimension weights on the total and the thresholds on every level, without indicators', () => {
    const meta = {
      ...tinyMeta,
      thresholds: [20, 50, 70, 90],
      dimensions: tinyMeta.dimensions.map((d) => (d.id === 'D2' ? { ...d, weight: 60 } : d)),
    }
    const result = comparability(side(tinySet), side({ meta, indicators: tinySet.indicators }))
    expect(result.total).toEqual({
      differs: true,
      indicators: [],
      meta: ['dimension-weights', 'thresholds'],
    })
    expect(result.capabilities.DG).toEqual({ differs: true, indicators: [], meta: ['thresholds'] })
    expect(must(result.dimensions[1]).meta).toEqual(['thresholds'])
  })

  it('does not count a dimension weight change that keeps every share, and counts a dimension that only one side scores', () => {
    const doubled = {
      ...tinyMeta,
      dimensions: tinyMeta.dimensions.map((d) => ({ ...d, weight: d.weight * 2 })),
    }
    expect(
      comparability(side(tinySet), side({ meta: doubled, indicators: tinySet.indicators })).differs,
    ).toBe(false)
    const noD2 = tinyWith((i) => (i.dimension === 'D2' ? [] : [i]))
    const result = comparability(side(tinySet), side(noD2))
    expect(result.total.meta).toEqual(['dimension-weights'])
    expect(result.dimensions.map((d) => d.dimensionId)).toEqual(['D1', 'D2'])
  })

  it('reports the next version of the shipped set: its changed target, retired and added indicators', () => {
    // The first release (1.0.0), frozen: the working copy in indicators/ moves on between releases.
    const set = must(readReleases()[0], 'the first release').set
    const next = nextVersion(set, { retarget: 'SC-008', retire: 'SC-001', reword: 'SC-002' })
    const result = comparability(side(set), side(next.set))
    const ids = (g: GroupComparability) => g.indicators.map((i) => i.indicatorId)
    // SC-068 takes SC-001's place and weight, so the others keep their shares; SC-002's new name
    // changes no score.
    expect(ids(result.total)).toEqual(['SC-001', 'SC-008', 'SC-068'])
    expect(ids(result.capabilities.DG)).toEqual(['SC-001', 'SC-008', 'SC-068'])
    expect(result.total.indicators.find((i) => i.indicatorId === 'SC-008')?.reasons).toEqual([
      'target',
    ])
    expect(ids(result.capabilities.MF)).toEqual(['SC-001', 'SC-068'])
    expect(ids(result.capabilities.ED)).toEqual([])
    expect(result.dimensions.filter((d) => d.differs).map((d) => d.dimensionId)).toEqual(['L1'])
  })
})
