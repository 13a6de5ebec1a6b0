import { act, render, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, describe, expect, it } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import { shippedSet } from '../../../scripts/build/indicatorFiles'
import { districtSet, registerInStore } from '../../../tests/utils/districtSet'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import type { IndicatorSet, ReleaseNote } from '../../domain/indicators/schema'
import { setRef } from '../../domain/indicators/setDiff'
import { routes } from '../../routes/routes'
import { MethodologyPage } from './MethodologyPage'

afterEach(resetStore)

const renderFor = (set: IndicatorSet) => {
  seedStore('ready')
  registerInStore(set)
  const location = memoryLocation({ path: routes.methodology.href(setRef(set)) })
  render(
    <Router hook={location.hook}>
      <MethodologyPage />
    </Router>,
  )
}

const notesTable = () =>
  screen.getByRole('table', { name: /^(Changes in version|.* 版的各项变化)/ })

/** Each row of the notes table as [what it is about, line by line; what changed; why]. */
const rows = () =>
  within(notesTable())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ])

const district = districtSet()
const note = (indicators: string[], change: string, topic?: string): ReleaseNote => ({
  indicators,
  ...(topic === undefined ? {} : { topic }),
  change: { zh: `中文：${change}`, en: change },
  reason: { zh: `原因：${change}`, en: `Because ${change}` },
})
/** The district's set as a later version with notes about indicators, retired ids and topics. */
const withNotes: IndicatorSet = {
  ...district,
  meta: {
    ...district.meta,
    version: '1.2.0',
    releaseNotes: [
      note(['SLQ-001', 'SLQ-012'], 'counted per service'),
      note([], 'new sub-dimension', 'GS-ONLINE'),
      note(['SLQ-012'], 'retired', 'retired'),
      note([], 'a source', 'provincial-plan'),
    ],
  },
}

describe('ReleaseNotes on the methodology page', () => {
  it('shows what each note is about, what changed and why, in English and in Chinese', async () => {
    renderFor(withNotes)
    expect(
      screen.getByRole('heading', { level: 2, name: 'What changed in version 1.2.0' }),
    ).toBeVisible()
    expect(rows()).toEqual([
      [
        ['SLQ-001 Share of services handled fully online', 'SLQ-012 (retired)'],
        'counted per service',
        'Because counted per service',
      ],
      [['GS-ONLINE Services online'], 'new sub-dimension', 'Because new sub-dimension'],
      [['Retired indicators', 'SLQ-012 (retired)'], 'retired', 'Because retired'],
      // A topic the interface has no name for is shown as written.
      [['provincial-plan'], 'a source', 'Because a source'],
    ])
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByRole('heading', { level: 2, name: '1.2.0 版的变化' })).toBeVisible()
    expect(rows()[0]).toEqual([
      ['SLQ-001 全程网办事项比例', 'SLQ-012（已停用）'],
      '中文：counted per service',
      '原因：counted per service',
    ])
    expect(rows()[2]?.[0]).toEqual(['停用的指标', 'SLQ-012（已停用）'])
  })

  it('shows every note of the working copy of the built-in set, in both languages', async () => {
    const working = shippedSet()
    const notes = working.meta.releaseNotes ?? []
    expect(notes.length).toBeGreaterThan(40)
    renderFor(working)
    const name = (id: string) => working.indicators.find((i) => i.id === id)?.name
    for (const [lang, retired] of [
      ['en', ' (retired)'],
      ['zh', '（已停用）'],
    ] as const) {
      const shown = rows()
      expect(shown.map(([, change, reason]) => [change, reason])).toEqual(
        notes.map((n) => [n.change[lang], n.reason[lang]]),
      )
      // Every indicator a note names is shown with its name, or as retired.
      notes.forEach((n, i) => {
        const lines = shown[i]?.[0] ?? []
        for (const id of n.indicators) {
          const indicatorName = name(id)
          expect(lines).toContain(
            indicatorName === undefined ? `${id}${retired}` : `${id} ${indicatorName[lang]}`,
          )
        }
      })
      if (lang === 'en') await act(() => i18next.changeLanguage('zh-CN'))
    }
  })

  it('shows nothing for a set without notes', async () => {
    renderFor(district)
    expect(district.meta.releaseNotes).toBeUndefined()
    expect(screen.getByRole('heading', { level: 2, name: '10. Sources' })).toBeVisible()
    expect(screen.queryByRole('heading', { name: /What changed in version/ })).toBeNull()
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.queryByRole('heading', { name: /版的变化/ })).toBeNull()
    expect(screen.queryByRole('table', { name: /版的各项变化/ })).toBeNull()
  })
})
