import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import type { CityLevel, Indicator } from '../../domain/indicators/schema'
import { countyTinySet } from '../../domain/testing/countyTinySet'
import { must } from '../../domain/testing/must'
import { testAssessment } from '../../domain/testing/testAssessment'
import { tinyIndicator } from '../../domain/testing/tinySet'
import { IndicatorCard } from './IndicatorCard'

/** SC-002 (lower is better, 60 → 10 min) holding county-level cities to 20 min. */
const withCountyTarget = must(countyTinySet.indicators.find((i) => i.id === 'SC-002'))

/** The card of `indicator` in an assessment of `cityLevel`. */
const renderCard = (indicator: Indicator, cityLevel: CityLevel) => {
  const assessment = testAssessment({
    indicatorSet: { setId: 'tiny', version: '1.1.0' },
    cityLevel,
    answers: {},
  })
  seedStore('ready', assessment)
  render(
    <IndicatorCard
      assessmentId={assessment.id}
      indicator={indicator}
      cityLevel={cityLevel}
      readOnly={false}
    />,
  )
}

afterEach(() => {
  resetStore()
})

describe('the KPI input’s target', () => {
  it('shows a county-level assessment the target for county-level cities', () => {
    renderCard(withCountyTarget, 'county')
    expect(
      screen.getByText('Baseline 60, target for county-level cities 20 min (lower is better).'),
    ).toBeVisible()
    expect(screen.queryByText(/target 10 min/)).toBeNull()
  })

  it('shows a prefecture-level assessment the general target', () => {
    renderCard(withCountyTarget, 'prefecture-and-above')
    expect(screen.getByText('Baseline 60, target 10 min (lower is better).')).toBeVisible()
    expect(screen.queryByText(/county-level cities/)).toBeNull()
  })

  it('shows a county-level assessment the general target where the indicator sets no other', () => {
    renderCard(tinyIndicator('SC-002'), 'county')
    expect(screen.getByText('Baseline 60, target 10 min (lower is better).')).toBeVisible()
  })

  it('names the county target in Chinese', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    renderCard(withCountyTarget, 'county')
    expect(screen.getByText('基准值 60，目标值（县级）20 中文min（越低越好）。')).toBeVisible()
  })
})
