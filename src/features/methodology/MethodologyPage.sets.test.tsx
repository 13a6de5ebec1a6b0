import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { districtSet, registerInStore } from '../../../tests/utils/districtSet'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { setRef } from '../../domain/indicators/setDiff'
import { routes } from '../../routes/routes'
import { assessments } from '../../store/appStore'
import { MethodologyPage } from './MethodologyPage'

afterEach(resetStore)

const district = districtSet()
const builtIn = defaultIndicatorSet()
const districtHref = routes.methodology.href(setRef(district))

const renderAt = (path: string) => {
  const location = memoryLocation({ path, record: true })
  render(
    <Router hook={location.hook}>
      <MethodologyPage />
    </Router>,
  )
  return location
}

const table = (name: RegExp) => screen.getByRole('table', { name })

/** The rows of a table after its header row, by their row header. */
const rowHeads = (name: RegExp) =>
  within(table(name))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getByRole('rowheader').textContent)

/** The page describes `set`: its dimensions, levels and sources, in the language `lang`. */
const expectDescribes = (set: IndicatorSet, lang: 'en' | 'zh') => {
  const { meta } = set
  expect(rowHeads(/^(Dimensions, their weights|一级指标、权重)/)).toEqual(
    meta.dimensions.map((d) => `${d.id} ${d.name[lang]}`),
  )
  const levels = table(/^(Maturity levels and the score|成熟度等级及各等级)/)
  const starts = [0, ...meta.thresholds]
  meta.levels.forEach((level, i) => {
    const row = within(levels).getByRole('row', { name: new RegExp(`^${level.id}`) })
    expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(level.name[lang])
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(String(starts[i]))
  })
  expect(screen.getByText(meta.thresholdSource[lang], { exact: false })).toBeVisible()
  expect(rowHeads(/^(Sources and their verification|参考来源及其核实情况)/)).toEqual(
    meta.sources.map((s) => s.title[lang]),
  )
  for (const c of meta.capabilities) expect(screen.getByText(c.definition[lang])).toBeVisible()
  expect(screen.getByText(`“${meta.name[lang]}”`, { exact: false })).toBeVisible()
}

describe('MethodologyPage describes the set its address names', () => {
  it('describes a set brought by the user, in English and in Chinese', async () => {
    seedStore('ready')
    registerInStore(district)
    renderAt(districtHref)
    expectDescribes(district, 'en')
    // The set's own rules, not the built-in set's: rubrics of 4 levels, its provisional coverage.
    expect(screen.getByText(/in this set N = 4/)).toBeVisible()
    expect(screen.getByText(/coverage is below 75%/)).toBeVisible()
    expect(screen.getByText(/that reach L3 Standardised;.* below L5 Leading/)).toBeVisible()
    expect(screen.getByRole('button', { name: 'Download this set as a set file' })).toBeVisible()
    await act(() => i18next.changeLanguage('zh-CN'))
    expectDescribes(district, 'zh')
  })

  it('lists the built-in and the brought set, and opens the one chosen', async () => {
    seedStore('ready')
    registerInStore(district)
    const location = renderAt(districtHref)
    const picker = screen.getByRole('combobox', { name: 'Indicator set described' })
    expect(picker).toHaveValue('example-district-gov@1.1.0')
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      `${builtIn.meta.name.en} · version ${builtIn.meta.version}`,
      `${district.meta.name.en} · version 1.1.0`,
    ])
    await userEvent.selectOptions(picker, `scm-default@${builtIn.meta.version}`)
    expect(location.history?.at(-1)).toBe(routes.methodology.href(setRef(builtIn)))
    expectDescribes(builtIn, 'en')
    expect(screen.getByRole('button', { name: /^Download scm-default/ })).toBeVisible()
  })

  it('offers no choice while the built-in set is the only one', () => {
    seedStore('ready')
    renderAt(routes.methodology.href())
    expect(screen.queryByRole('combobox')).toBeNull()
    expectDescribes(builtIn, 'en')
  })

  it('says so and describes the built-in set when the set is not in this browser', () => {
    seedStore('ready')
    renderAt(routes.methodology.href({ setId: 'no-such-set', version: '1.0.0' }))
    expect(
      screen.getByText(
        'This indicator set is not in this browser; the built-in set is described instead.',
      ),
    ).toBeVisible()
    expect(screen.queryByRole('status')).toBeNull()
    expectDescribes(builtIn, 'en')
  })

  it('while storage is read, says it is looking, then describes the set once it is there', () => {
    // A version of its own, so it is surely not registered yet (registrations outlive a test).
    const later = { ...district, meta: { ...district.meta, version: '1.2.0' } }
    seedStore('loading')
    renderAt(routes.methodology.href(setRef(later)))
    expect(screen.getByRole('status')).toHaveTextContent(
      'Looking for this indicator set in this browser…',
    )
    expectDescribes(builtIn, 'en')
    act(() => {
      registerInStore(later)
      assessments.store.setState({ phase: 'ready' })
    })
    expect(screen.queryByRole('status')).toBeNull()
    expect(screen.queryByText(/not in this browser/)).toBeNull()
    expectDescribes(later, 'en')
  })
})
