/**
 * Comparability and the shared-indicator subset where a later version sets county-level cities
 * targets of their own (`countyTinySet`: SC-001 counties 60 → 100 %, SC-002 counties to 20 min).
 */
import { describe, expect, it } from 'vitest'
import type { CityLevel, IndicatorSet } from '../indicators/schema'
import { countyTinySet } from '../testing/countyTinySet'
import { tinySet } from '../testing/tinySet'
import { comparability } from './comparability'
import { sharedEqualSubset } from './sharedEqualSubset'

const side = (set: IndicatorSet, cityLevel: CityLevel) => ({ assessment: { cityLevel }, set })

/** The indicators and reasons the total names. */
const total = (a: ReturnType<typeof side>, b: ReturnType<typeof side>) =>
  comparability(a, b).total.indicators.map((i) => `${i.indicatorId} ${i.reasons.join('+')}`)

describe('comparability with targets for county-level cities', () => {
  it('flags nothing between two prefecture-level cities when only county targets changed', () => {
    const result = comparability(
      side(tinySet, 'prefecture-and-above'),
      side(countyTinySet, 'prefecture-and-above'),
    )
    expect(result.differs).toBe(false)
  })

  it('names the baseline and target two county-level cities are now held to', () => {
    expect(total(side(tinySet, 'county'), side(countyTinySet, 'county'))).toEqual([
      'SC-001 baseline',
      'SC-002 target',
    ])
  })

  it('names the different targets of a county-level and a prefecture-level city in one set', () => {
    expect(
      total(side(countyTinySet, 'county'), side(countyTinySet, 'prefecture-and-above')),
    ).toEqual(
      // SC-005 is asked of prefecture-level cities only.
      ['SC-001 baseline', 'SC-002 target', 'SC-005 not-asked'],
    )
  })
})

describe('sharedEqualSubset with targets for county-level cities', () => {
  it('leaves out an indicator whose county baseline or target changed, saying so', () => {
    const subset = sharedEqualSubset(tinySet, countyTinySet)
    expect(subset.shared).toEqual(['SC-003', 'SC-004', 'SC-005'])
    expect(subset.leftOut).toEqual([
      { indicatorId: 'SC-001', reasons: ['county-baseline'] },
      { indicatorId: 'SC-002', reasons: ['county-target'] },
    ])
  })
})
