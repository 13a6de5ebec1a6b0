/**
 * The integrity rules of the baseline and target set for county-level cities (`county`), checked
 * by `checkIndicatorSet` on the tiny set with county targets.
 */
import { describe, expect, it } from 'vitest'
import { countyTinySet } from '../testing/countyTinySet'
import { checkIndicatorSet } from './checkIndicatorSet'
import type { Indicator, IndicatorSet } from './schema'

type Kpi = Extract<Indicator['answer'], { type: 'kpi' }>

const found = (set: IndicatorSet) =>
  checkIndicatorSet(set).map((i) => `${i.code} ${i.where} ${i.path.join('.')}: ${i.message}`)

/** The county set with one KPI's definition changed. */
const withKpi = (id: string, change: (def: Kpi) => Kpi): IndicatorSet => ({
  ...countyTinySet,
  indicators: countyTinySet.indicators.map((i) =>
    i.id === id && i.answer.type === 'kpi' ? { ...i, answer: change(i.answer) } : i,
  ),
})

/** SC-001 (higher is better, 0 → 100 %, entered 0–100) with its county override replaced. */
const sc001County = (county: Partial<NonNullable<Kpi['county']>>) =>
  withKpi('SC-001', (def) => ({
    ...def,
    county: { targetRationale: def.targetRationale, target: 50, ...county },
  }))

describe('county targets in checkIndicatorSet', () => {
  it('accepts county baselines and targets that keep the rules', () => {
    expect(found(countyTinySet)).toEqual([])
  })

  it.each([
    [
      'a county target equal to the county baseline',
      sc001County({ baseline: 50, target: 50 }),
      'county-target-equals-baseline SC-001 indicators.0.answer.county.target: county target equals county baseline',
    ],
    [
      'a county target equal to the general baseline, the county giving none',
      sc001County({ baseline: undefined, target: 0 }),
      'county-target-equals-baseline SC-001 indicators.0.answer.county.target: county target equals county baseline',
    ],
    [
      'a county target below the county baseline, higher being better',
      sc001County({ baseline: 60, target: 40 }),
      'county-target-below-baseline SC-001 indicators.0.answer.county.target: higher-is-better but county target < county baseline',
    ],
    [
      'a county target above the general baseline, lower being better',
      withKpi('SC-002', (def) => ({
        ...def,
        county: { ...def.county, target: 70 } as Kpi['county'],
      })),
      'county-target-above-baseline SC-002 indicators.1.answer.county.target: lower-is-better but county target > county baseline',
    ],
    [
      'a county baseline outside the entry bounds',
      sc001County({ baseline: -10 }),
      'outside-range SC-001 indicators.0.answer.county.baseline: county-baseline outside [min, max]',
    ],
    [
      'a county target outside the entry bounds',
      sc001County({ target: 120 }),
      'outside-range SC-001 indicators.0.answer.county.target: county-target outside [min, max]',
    ],
  ])('refuses %s', (_, set, expected) => {
    expect(found(set)).toEqual([expected])
  })

  it('refuses a county target on an indicator not asked of county-level cities', () => {
    const set: IndicatorSet = {
      ...countyTinySet,
      indicators: countyTinySet.indicators.map((i) =>
        i.id === 'SC-001' ? { ...i, applicability: 'prefecture-and-above' } : i,
      ),
    }
    expect(found(set)).toEqual([
      'county-not-asked SC-001 indicators.0.answer.county: county target on an indicator not asked of county-level cities',
    ])
  })

  it('does not apply the general target’s rules to a county override that keeps its own', () => {
    // The general target may not equal the general baseline; the county one differs from it.
    const set = withKpi('SC-001', (def) => ({ ...def, target: 0 }))
    expect(found(set)).toEqual([
      'target-equals-baseline SC-001 indicators.0.answer.target: target equals baseline',
    ])
  })
})
