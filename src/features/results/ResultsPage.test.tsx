import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import fixture from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { fixtureSet } from '../../../tests/utils/fixtureSet'
import { AssessmentSchema, type Assessment } from '../../domain/assessment/assessment'
import { capabilityIds } from '../../domain/indicators/schema'
import { improvementPriorities, unansweredPriorities } from '../../domain/report/priorities'
import { targetGaps } from '../../domain/report/targetGaps'
import type { LevelResult } from '../../domain/scoring/maturityLevel'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { must } from '../../domain/testing/must'
import { controlIdleCallbacks } from '../../../tests/utils/idleCallbacks'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { assessments } from '../../store/appStore'
import { preloadCharts } from './LazyCharts'
import { ResultsPage } from './ResultsPage'

const set = fixtureSet()
const { meta } = set
const hangzhou: Assessment = AssessmentSchema.parse(fixture)
const engine = scoreAssessment(set, hangzhou.answers, hangzhou.cityLevel)

const seed = seedStore

// The charts are lazy chunks: load their code once, so no test waits on a first import.
beforeAll(preloadCharts)

let idle: ReturnType<typeof controlIdleCallbacks>
beforeEach(() => {
  idle = controlIdleCallbacks()
})

afterEach(() => {
  resetStore()
  vi.unstubAllGlobals()
})

/**
 * The results page with every section: the first screenful renders at once, the sections below
 * it one per idle period; `settle` runs those periods, so nothing here waits on the clock.
 */
const renderResults = async (id = hangzhou.id) => {
  const view = render(<ResultsPage id={id} />)
  await idle.settle()
  return view
}

/** The engine's numbers as the screen formats them in English (useFormat: one decimal, whole %). */
const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const pct = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 0 })
const fmt = (n: number | null | undefined) => one.format(must(n))
const capabilityName = (id: string) => meta.capabilities.find((c) => c.id === id)?.name.en ?? id
const dimensionName = (id: string) => meta.dimensions.find((d) => d.id === id)?.name.en ?? id
const levelText = (level: LevelResult | null) =>
  `${must(level, 'a level').level} ${meta.levels.find((l) => l.id === level?.level)?.name.en}`
const cellsOf = (table: HTMLElement, name: string) =>
  within(within(table).getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell')
const expectLevel = (cell: HTMLElement | undefined, level: LevelResult | null) => {
  expect(cell).toHaveTextContent(levelText(level))
  if (level?.provisional) expect(cell).toHaveTextContent('(provisional)')
  else expect(cell).not.toHaveTextContent('(provisional)')
}

describe('ResultsPage', () => {
  it('parses the committed fixture: about 85 % answered, some N/A with reasons, a few open', () => {
    const states = [...engine.outcomes.values()].map((o) => o.state)
    expect(states.filter((s) => s === 'na').length).toBeGreaterThanOrEqual(3)
    expect(states.filter((s) => s === 'unanswered').length).toBeGreaterThanOrEqual(3)
    expect(states.filter((s) => s === 'invalid')).toEqual([])
    const scored = states.filter((s) => s === 'scored').length
    expect(scored / set.indicators.length).toBeGreaterThan(0.8)
    expect(scored / set.indicators.length).toBeLessThan(0.9)
  })

  it('shows a loading state while the store loads', () => {
    seed('loading')
    render(<ResultsPage id={hangzhou.id} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the data stored in this browser…')
  })

  it('shows a translated "not found" with a link home for an unknown id', async () => {
    seed('ready', hangzhou)
    render(<ResultsPage id="no-such-assessment" />)
    expect(screen.getByRole('heading', { level: 1, name: 'Assessment not found' })).toBeVisible()
    expect(screen.getByRole('link', { name: 'Back to assessments' })).toHaveAttribute('href', '/')
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByRole('heading', { level: 1, name: '未找到该评估' })).toBeVisible()
  })

  it('shows the first screenful at once and the sections below it as the browser becomes idle', async () => {
    seed('ready', hangzhou)
    render(<ResultsPage id={hangzhou.id} />)
    expect(screen.getByRole('table', { name: /five core capabilities/ })).toBeVisible()
    expect(screen.queryByRole('region', { name: 'Targets (to-be)' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Answer these first' })).toBeNull()
    await idle.settle()
    expect(screen.getByRole('region', { name: 'Targets (to-be)' })).toBeVisible()
    expect(screen.getByRole('region', { name: 'Answer these first' })).toBeVisible()
  })

  it('shows every capability score, level, coverage and N/A count exactly as the engine computes them', async () => {
    seed('ready', hangzhou)
    await renderResults()
    expect(screen.getByRole('heading', { level: 1, name: 'Results: 杭州市 2024' })).toBeVisible()
    const table = screen.getByRole('table', { name: /five core capabilities/ })
    for (const k of capabilityIds) {
      const group = engine.capabilities[k]
      const [score, level, coverage, na] = cellsOf(table, capabilityName(k))
      expect(score).toHaveTextContent(fmt(group.score))
      expectLevel(level, group.level)
      expect(coverage).toHaveTextContent(pct.format(must(group.coverage)))
      expect(na).toHaveTextContent(String(group.counts.na))
    }
    // The fixture has both: thinly answered capabilities are provisional, others are not.
    const flags = capabilityIds.map((k) => engine.capabilities[k].level?.provisional)
    expect(flags).toContain(true)
    expect(flags).toContain(false)

    const overall = screen.getByRole('region', { name: 'Overall result' })
    expect(overall).toHaveTextContent(fmt(engine.total.score))
    expect(overall).toHaveTextContent(levelText(engine.total.level))
    expect(overall).toHaveTextContent(pct.format(must(engine.total.coverage)))
  })

  it('draws the radar as one labelled image with the five axes in the current language', async () => {
    seed('ready', hangzhou)
    await renderResults()
    const radar = screen.getByRole('img', { name: /^Radar chart of the five core capabilities/ })
    for (const k of capabilityIds) {
      expect(radar).toHaveAccessibleName(
        expect.stringContaining(`${capabilityName(k)} ${fmt(engine.capabilities[k].score)}`),
      )
      expect(within(radar).getByText(capabilityName(k))).toBeInTheDocument()
    }
    expect(within(radar).getByText('Target (to-be)')).toBeInTheDocument()
    await act(() => i18next.changeLanguage('zh-CN'))
    const zhRadar = screen.getByRole('img', { name: /^五大核心能力雷达图/ })
    for (const c of meta.capabilities)
      expect(within(zhRadar).getByText(c.name.zh)).toBeInTheDocument()
  })

  it('"show calculation" lists contributions that add up to the displayed capability score', async () => {
    seed('ready', hangzhou)
    const user = userEvent.setup()
    await renderResults()
    // Queries inside the section: role queries over the whole page are slow in jsdom.
    const section = within(
      screen.getByRole('region', { name: 'How each capability score is computed' }),
    )
    for (const k of capabilityIds) {
      const name = capabilityName(k)
      const group = engine.capabilities[k]
      const button = section.getByRole('button', { name: `Show calculation: ${name}` })
      expect(button).toHaveAttribute('aria-expanded', 'false')
      await user.click(button)
      expect(button).toHaveAttribute('aria-expanded', 'true')
      const table = section.getByRole('table', { name: `Calculation of ${name}` })
      const [body, foot] = within(table).getAllByRole('rowgroup').slice(1)
      const rows = within(must(body)).getAllByRole('row')
      expect(rows).toHaveLength(group.counts.scored)
      // Each row: its indicator (a row header), then score, weight, share and contribution cells.
      // One query for all of them: each role query checks every match's visibility, slow in jsdom.
      const cells = within(must(body)).getAllByRole('cell')
      expect(cells).toHaveLength(4 * rows.length)
      const contributions = cells.filter((_, i) => i % 4 === 3).map((c) => Number(c.textContent))
      const displayed = fmt(group.score)
      // Each contribution is rounded to 0.1 for display, so their sum may drift by ≤ 0.05 each.
      const sum = contributions.reduce((a, b) => a + b, 0)
      expect(Math.abs(sum - Number(displayed))).toBeLessThanOrEqual(0.05 * rows.length)
      expect(within(must(foot)).getByRole('cell')).toHaveTextContent(displayed)
    }
  })

  it('shows the eight GB/T 33356 dimensions with weights, verification and the weighted total', async () => {
    seed('ready', hangzhou)
    await renderResults()
    const table = screen.getByRole('table', { name: /weighted total/ })
    for (const d of engine.dimensions) {
      const dimension = must(meta.dimensions.find((m) => m.id === d.dimensionId))
      const [weight, basis, , score, level] = cellsOf(table, d.dimensionId)
      expect(weight).toHaveTextContent(`${d.weight}%`)
      expect(basis).toHaveTextContent(
        { verified: 'Verified', secondary: 'Secondary source', unverified: 'Unverified' }[
          dimension.weightVerification
        ],
      )
      expect(score).toHaveTextContent(fmt(d.score))
      expectLevel(level, d.level)
    }
    const [total, level] = cellsOf(table, 'Weighted total')
    expect(total).toHaveTextContent(fmt(engine.total.score))
    expectLevel(level, engine.total.level)
    const bars = screen.getByRole('img', {
      name: /^Bar chart of the eight dimension scores/,
    })
    expect(bars).toHaveAccessibleName(expect.stringContaining(dimensionName('L1')))
  })

  it('lists priorities ranked by gain with their next step, and the open indicators to answer first', async () => {
    seed('ready', hangzhou)
    await renderResults()
    const expected = improvementPriorities(engine, set, hangzhou.answers)
    const items = within(
      screen.getByRole('region', { name: 'Improvement priorities' }),
    ).getAllByRole('listitem')
    expect(items.map((li) => li.textContent?.match(/SC-\d{3}/)?.[0])).toEqual(
      expected.map((p) => p.indicatorId),
    )
    expect(items[0]).toHaveTextContent(
      `+${one.format(must(expected[0]).gainOnTotal)} points on the total`,
    )
    const open = unansweredPriorities(engine, set).map((p) => p.indicatorId)
    const answerFirst = within(screen.getByRole('region', { name: 'Answer these first' }))
    expect(
      answerFirst.getAllByRole('listitem').map((li) => li.textContent?.match(/SC-\d{3}/)?.[0]),
    ).toEqual(open)
    // Each opens its card in the questionnaire.
    expect(answerFirst.getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(
      open.map((id) => `/assessments/${encodeURIComponent(hangzhou.id)}#indicator-${id}`),
    )
  })

  it('lists strengths and weaknesses', async () => {
    seed('ready', hangzhou)
    await renderResults()
    const region = screen.getByRole('region', { name: 'Strengths and weaknesses' })
    expect(within(region).getByRole('heading', { name: 'Strengths' })).toBeVisible()
    expect(within(region).getByRole('heading', { name: 'Weaknesses' })).toBeVisible()
    expect(within(region).getAllByRole('listitem').length).toBeGreaterThan(0)
  })

  it('stores a "to-be" target per capability and lists the gaps to it', async () => {
    seed('ready', hangzhou)
    const user = userEvent.setup()
    await renderResults()
    const gaps = targetGaps(engine, hangzhou.targets ?? {}, meta)
    const region = screen.getByRole('region', { name: 'Targets (to-be)' })
    for (const gap of gaps) {
      const text = gap.reached
        ? `${capabilityName(gap.capability)}: ${fmt(gap.score)} now`
        : `${fmt(gap.gap)} points to go`
      expect(region).toHaveTextContent(text)
    }
    expect(screen.getByRole('combobox', { name: 'Target level for Data governance' })).toHaveValue(
      hangzhou.targets?.DG,
    )
    const sa = screen.getByRole('combobox', { name: 'Target level for Situational awareness' })
    expect(sa).toHaveValue('')
    await user.selectOptions(sa, 'L3')
    expect(assessments.store.getState().byId[hangzhou.id]?.targets).toEqual({
      ...hangzhou.targets,
      SA: 'L3',
    })
    const current = engine.capabilities.SA
    expect(region).toHaveTextContent(
      `Situational awareness: ${fmt(current.score)} now (${levelText(current.level)}); target L3 Development reached`,
    )
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Target level for Data governance' }),
      '',
    )
    expect(assessments.store.getState().byId[hangzhou.id]?.targets).not.toHaveProperty('DG')
  })
})
