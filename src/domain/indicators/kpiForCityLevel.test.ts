import { describe, expect, it } from 'vitest'
import { countyTinySet } from '../testing/countyTinySet'
import { must } from '../testing/must'
import { t, tinyIndicator } from '../testing/tinySet'
import { indicatorForCityLevel } from './indicatorForCityLevel'
import { answerForCityLevel, kpiForCityLevel, type KpiDefinition } from './kpiForCityLevel'

const kpi = (id: string, set = countyTinySet): KpiDefinition => {
  const answer = must(set.indicators.find((i) => i.id === id)).answer
  if (answer.type !== 'kpi') throw new Error(`${id} is not a KPI`)
  return answer
}

describe('kpiForCityLevel', () => {
  it('holds a county-level city to its own baseline, target and rationale', () => {
    const def = kpi('SC-001')
    expect(kpiForCityLevel(def, 'county')).toEqual({
      type: 'kpi',
      unit: t('%'),
      direction: 'higher',
      baseline: 60,
      target: 100,
      targetRationale: t('county r'),
      min: 0,
      max: 100,
    })
  })

  it('takes the general baseline where the county sets a target only', () => {
    const held = kpiForCityLevel(kpi('SC-002'), 'county')
    expect([held.baseline, held.target, held.targetRationale]).toEqual([60, 20, t('county r')])
    // Everything but the targets is the same for every level.
    expect(held.ratio).toEqual(kpi('SC-002').ratio)
    expect(held.direction).toBe('lower')
  })

  it('holds a prefecture-level city to the general definition, without the override', () => {
    const def = kpi('SC-002')
    const held = kpiForCityLevel(def, 'prefecture-and-above')
    expect(held).not.toHaveProperty('county')
    expect({ ...held, county: def.county }).toEqual(def)
  })

  it('gives a definition without an override back as it is, at both levels', () => {
    const def = kpi('SC-001', { meta: countyTinySet.meta, indicators: [tinyIndicator('SC-001')] })
    expect(kpiForCityLevel(def, 'county')).toBe(def)
    expect(kpiForCityLevel(def, 'prefecture-and-above')).toBe(def)
  })

  it('leaves its argument unchanged', () => {
    const def = kpi('SC-001')
    const copy = structuredClone(def)
    kpiForCityLevel(def, 'county')
    kpiForCityLevel(def, 'prefecture-and-above')
    expect(def).toEqual(copy)
  })
})

describe('answerForCityLevel and indicatorForCityLevel', () => {
  it('leave answer types without targets, and indicators without an override, as they are', () => {
    const level = tinyIndicator('SC-003')
    expect(answerForCityLevel(level.answer, 'county')).toBe(level.answer)
    expect(indicatorForCityLevel(level, 'county')).toBe(level)
    const plain = tinyIndicator('SC-001')
    expect(indicatorForCityLevel(plain, 'county')).toBe(plain)
  })

  it('apply the override to the indicator, keeping everything else', () => {
    const own = must(countyTinySet.indicators.find((i) => i.id === 'SC-002'))
    const held = indicatorForCityLevel(own, 'county')
    expect(held).toEqual({ ...own, answer: kpiForCityLevel(kpi('SC-002'), 'county') })
  })
})
