/**
 * The report screens (results, print, compare) for assessments made with a district's own
 * indicator set. The built-in set is structured on GB/T 33356-2016 and its reports say so; a set
 * brought by the user has its own dimensions and weights, so nothing on these screens may name
 * that standard, and they name the set itself instead.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { act, render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { Router } from 'wouter'
import { memoryLocation } from 'wouter/memory-location'
import hangzhouFixture from '../fixtures/hangzhou-2024.assessment.json'
import { builtInSetIds, registerCustomSet } from '../../src/content/defaultIndicatorSet'
import { AssessmentSchema, type Assessment } from '../../src/domain/assessment/assessment'
import { parseSetFile } from '../../src/domain/indicators/setFile'
import { must } from '../../src/domain/testing/must'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import { ComparePage } from '../../src/features/compare/ComparePage'
import { PrintPage } from '../../src/features/print/PrintPage'
import { preloadCharts } from '../../src/features/results/LazyCharts'
import { ResultsPage } from '../../src/features/results/ResultsPage'
import { routes } from '../../src/routes/routes'
import { controlIdleCallbacks } from '../utils/idleCallbacks'
import { resetStore, seedStore } from '../utils/seedStore'

const read = parseSetFile(
  readFileSync(resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json'), 'utf8'),
  { builtInSetIds },
)
const district = must(read.ok ? read.set : null, 'the district set')
const ref = registerCustomSet(district)
const { name } = district.meta

/** A district assessment with an answer in every dimension, so every score is shown. */
const districtYear = (year: number, share: number): Assessment =>
  testAssessment({
    id: `district-${year}`,
    city: '示例区',
    year,
    cityLevel: 'county',
    indicatorSet: ref,
    answers: {
      'SLQ-001': { value: { type: 'kpi', value: share } },
      'SLQ-004': { value: { type: 'boolean', value: true } },
      'SLQ-005': { value: { type: 'level', level: 3 } },
      'SLQ-007': { value: { type: 'choice', optionId: 'one-or-two' } },
      'SLQ-009': { value: { type: 'level', level: 2 } },
      'SLQ-010': { value: { type: 'kpi', value: 80 } },
      'SLQ-013': { value: { type: 'kpi', value: 70 } },
    },
  })
const y2025 = districtYear(2025, 55)
const y2026 = districtYear(2026, 72)
const hangzhou = AssessmentSchema.parse(hangzhouFixture)

/**
 * Everything a reader or a screen reader gets of the rendered screen: its text and every accessible
 * label (charts are labelled images). Only the screen: the charts' library leaves a text-measuring
 * element in the document.
 */
const shownText = (screenRoot: HTMLElement) =>
  [
    screenRoot.textContent,
    ...[...screenRoot.querySelectorAll('[aria-label]')].map((e) => e.getAttribute('aria-label')),
  ].join('\n')

const inBothLanguages = async (check: (language: 'en' | 'zh-CN') => void) => {
  check('en')
  await act(() => i18next.changeLanguage('zh-CN'))
  check('zh-CN')
}

beforeAll(preloadCharts)

let idle: ReturnType<typeof controlIdleCallbacks>
beforeEach(() => {
  idle = controlIdleCallbacks()
})

afterEach(() => {
  resetStore()
  vi.unstubAllGlobals()
})

describe('the results of an assessment made with a district’s own set', () => {
  it('describe the set’s own dimensions and total, name the set, and never GB/T 33356', async () => {
    seedStore('ready', y2026)
    const { container } = render(<ResultsPage id={y2026.id} />)
    await idle.settle()
    const words = {
      en: [
        `Indicator set: ${name.en}, version 1.1.0`,
        'Weighted total of the set’s dimensions',
        'Dimensions of this indicator set',
        `The first-level dimensions of “${name.en}” (4 in all), each weighted by the weight the set gives it.`,
        'Bar chart of the dimension scores',
        'defined by the set’s authors',
      ],
      'zh-CN': [
        `指标集：${name.zh}，版本 1.1.0`,
        '按指标集各一级指标加权的总分',
        '本指标集的一级指标',
        `“${name.zh}”的 4 个一级指标，各按指标集给出的权重加权。`,
        '一级指标得分条形图',
        '指标集编制方设定',
      ],
    }
    await inBothLanguages((language) => {
      const text = shownText(container)
      expect(text).not.toContain('33356')
      expect(text).not.toMatch(/\beight\b|八个/)
      for (const phrase of words[language]) expect(text).toContain(phrase)
    })
  })

  it('name the set’s own levels when nothing is a strength or a weakness yet', async () => {
    const empty = testAssessment({ id: 'district-empty', indicatorSet: ref, answers: {} })
    seedStore('ready', empty)
    render(<ResultsPage id={empty.id} />)
    await idle.settle()
    expect(
      screen.getByText('No capability or dimension reaches L3 Standardised yet.'),
    ).toBeVisible()
    expect(
      screen.getByText('No capability or dimension is below L5 Leading outside the strengths.'),
    ).toBeVisible()
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByText('尚无能力或一级指标达到 L3 规范。')).toBeVisible()
  })

  it('leave the built-in set’s wording as it is', async () => {
    seedStore('ready', hangzhou)
    const { container } = render(<ResultsPage id={hangzhou.id} />)
    await idle.settle()
    expect(screen.getByText('GB/T 33356-weighted total')).toBeVisible()
    expect(screen.getByRole('heading', { name: 'GB/T 33356 dimensions' })).toBeVisible()
    expect(shownText(container)).toContain('The eight first-level dimensions of GB/T 33356-2016')
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(screen.getByRole('heading', { name: 'GB/T 33356 一级指标' })).toBeVisible()
  })
})

describe('the print summary of an assessment made with a district’s own set', () => {
  it('words the headline, the dimensions, the year-on-year table and the method for that set', async () => {
    seedStore('ready', y2025, y2026)
    const { container } = render(<PrintPage id={y2026.id} />)
    const words = {
      en: [
        `${name.en} (example-district-gov), version 1.1.0`,
        'Weighted total of the set’s dimensions: ',
        'Dimension scores, 2025 and 2026',
        'by dimension of the set',
        'the total weights them by the weights the set gives them',
        'Maturity levels as the set defines them: L1 Starting from 0',
      ],
      'zh-CN': [
        `${name.zh}（example-district-gov），版本 1.1.0`,
        '按指标集各一级指标加权的总分：',
        '2025 年与 2026 年的一级指标得分',
        '按本指标集的一级指标',
        '总分按指标集给出的权重对各一级指标加权',
        '成熟度等级按本指标集的规定划分：L1 起步 自 0 分起',
      ],
    }
    await inBothLanguages((language) => {
      const text = shownText(container)
      expect(text).not.toMatch(/33356|Y\.4904/)
      for (const phrase of words[language]) expect(text).toContain(phrase)
    })
  })
})

describe('the print summary when last year used the built-in set and this year the district’s', () => {
  it('names both sets where it says the versions differ, and heads the dimensions neutrally', async () => {
    const builtIn2025 = testAssessment({
      id: 'district-2025-built-in',
      city: '示例区',
      year: 2025,
      cityLevel: 'county',
    })
    seedStore('ready', builtIn2025, y2026)
    render(<PrintPage id={y2026.id} />)
    const note = await screen.findByText(/recorded with different indicator-set versions/)
    expect(note).toHaveTextContent(`${name.en} · version 1.1.0`)
    expect(note).toHaveTextContent(
      /\(Smart-city maturity default indicator set .* · version 1\.0\.0 and/,
    )
    expect(screen.getByRole('table', { name: 'Dimension scores, 2025 and 2026' })).toBeVisible()
  })
})

describe('comparing assessments made with a district’s own set', () => {
  const renderCompare = (ids: string[]) => {
    const location = memoryLocation({ path: routes.compare.href(ids) })
    return render(
      <Router hook={location.hook}>
        <ComparePage />
      </Router>,
    )
  }

  it('heads the dimension table in words true of that set', async () => {
    seedStore('ready', y2025, y2026)
    const { container } = renderCompare([y2025.id, y2026.id])
    await inBothLanguages((language) => {
      const text = shownText(container)
      expect(text).not.toContain('33356')
      expect(
        screen.getByRole('heading', {
          name: { en: 'Dimensions and weighted total', 'zh-CN': '一级指标与加权总分' }[language],
        }),
      ).toBeVisible()
    })
  })

  it('names each set when the compared assessments use different sets', async () => {
    seedStore('ready', hangzhou, y2026)
    renderCompare([hangzhou.id, y2026.id])
    expect(screen.getByRole('heading', { name: 'Dimensions and weighted total' })).toBeVisible()
    const note = screen.getByRole('note')
    expect(note).toHaveTextContent(`${name.en} · version 1.1.0`)
    expect(note).not.toHaveTextContent('example-district-gov@')
  })
})
