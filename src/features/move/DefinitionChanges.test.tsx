import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { indicatorChanges } from '../../domain/indicators/indicatorChanges'
import type { Indicator } from '../../domain/indicators/schema'
import { countyTinySet } from '../../domain/testing/countyTinySet'
import { must } from '../../domain/testing/must'
import { tinyIndicator } from '../../domain/testing/tinySet'
import { DefinitionChanges } from './DefinitionChanges'

/** The definition changes of one indicator from the tiny set to the one with county targets. */
const renderChanges = (id: string) => {
  const from = tinyIndicator(id)
  const to: Indicator = must(countyTinySet.indicators.find((i) => i.id === id))
  render(<DefinitionChanges changes={indicatorChanges(from, to).definition} from={from} to={to} />)
  return screen.getAllByRole('listitem').map((item) => item.textContent)
}

describe('DefinitionChanges', () => {
  it.each([
    // Counties from 60 % where everyone had 0 %.
    ['SC-001', 'baseline for county-level cities: 0 % → 60 %'],
    // Counties to 20 min where everyone had 10 min.
    ['SC-002', 'target for county-level cities: 10 min → 20 min'],
  ])('says what county-level cities are now held to by %s, from what they were', (id, text) => {
    expect(renderChanges(id)).toEqual([text])
  })

  it('says it in Chinese', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(renderChanges('SC-002')).toEqual(['目标值（县级）：10 中文min → 20 中文min'])
  })
})
