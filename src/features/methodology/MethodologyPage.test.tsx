import { act, render, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { MethodologyPage } from './MethodologyPage'
import { formulas } from './formulas'

const { meta } = defaultIndicatorSet()

const labels = {
  en: { verified: 'Verified', secondary: 'Secondary source', unverified: 'Unverified' },
  zh: { verified: '已核实', secondary: '二手来源', unverified: '未核实' },
} as const

/** Every source of the set is a row with its title, id, verification label and note. */
const expectEverySource = (lang: 'en' | 'zh') => {
  const table = screen.getByRole('table', {
    name: lang === 'en' ? 'Sources and their verification' : '参考来源及其核实情况',
  })
  const rows = within(table).getAllByRole('row').slice(1)
  expect(rows).toHaveLength(meta.sources.length)
  for (const source of meta.sources) {
    const row = within(table).getByRole('row', {
      name: (name) => name.startsWith(source.title[lang]),
    })
    expect(row).toHaveTextContent(source.id)
    expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(labels[lang][source.verification])
    expect(row).toHaveTextContent(source.note[lang])
  }
}

describe('MethodologyPage', () => {
  it('lists every source with its verification, in English and in Chinese', async () => {
    render(<MethodologyPage />)
    expect(screen.getByRole('heading', { level: 1, name: 'Methodology' })).toBeVisible()
    expectEverySource('en')
    // The data holds all three tags, so "unverified" is really shown as unverified.
    expect(new Set(meta.sources.map((s) => s.verification))).toEqual(
      new Set(['verified', 'secondary', 'unverified']),
    )
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByRole('heading', { level: 1, name: '评估方法' })).toBeVisible()
    expectEverySource('zh')
  })

  it('shows the formulas as plain text in <code>', () => {
    const { container } = render(<MethodologyPage />)
    const codes = [...container.querySelectorAll('code')].map((c) => c.textContent)
    for (const formula of Object.values(formulas)) expect(codes).toContain(formula)
  })

  it('shows the level thresholds and their source from the set meta', async () => {
    render(<MethodologyPage />)
    const table = screen.getByRole('table', {
      name: 'Maturity levels and the score where each begins',
    })
    const starts = [0, ...meta.thresholds]
    meta.levels.forEach((level, i) => {
      const row = within(table).getByRole('row', { name: new RegExp(`^${level.id}`) })
      expect(row).toHaveTextContent(level.name.en)
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent(String(starts[i]))
    })
    expect(screen.getByText(meta.thresholdSource.en, { exact: false })).toBeVisible()
    expect(screen.getByText(/coverage is below 80%/)).toBeVisible()
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByText(meta.thresholdSource.zh, { exact: false })).toBeVisible()
    for (const level of meta.levels) expect(screen.getByText(level.name.zh)).toBeVisible()
  })

  it('shows the five capabilities with their white-paper definitions and the dimension weights', () => {
    render(<MethodologyPage />)
    for (const c of meta.capabilities) {
      expect(screen.getByText(`${c.id} ${c.name.en}`)).toBeVisible()
      expect(screen.getByText(c.definition.en)).toBeVisible()
    }
    const table = screen.getByRole('table', { name: /Dimensions, their weights/ })
    for (const d of meta.dimensions) {
      const row = within(table).getByRole('row', { name: new RegExp(`^${d.id} `) })
      expect(within(row).getAllByRole('cell')[0]).toHaveTextContent(`${d.weight}%`)
      expect(within(row).getAllByRole('cell')[2]).toHaveTextContent(labels.en[d.weightVerification])
    }
  })
})
