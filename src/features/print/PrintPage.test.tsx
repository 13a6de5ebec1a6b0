import { act, cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, describe, expect, it, vi } from 'vitest'
import fixture2023 from '../../../tests/fixtures/hangzhou-2023.assessment.json'
import fixture2024 from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import hostileFixture from '../../../tests/fixtures/hostile-strings.assessment.json'
import { fixtureSet } from '../../../tests/utils/fixtureSet'
import { AssessmentSchema } from '../../domain/assessment/assessment'
import { capabilityIds } from '../../domain/indicators/schema'
import { improvementPriorities } from '../../domain/report/priorities'
import type { LevelResult } from '../../domain/scoring/maturityLevel'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { must } from '../../domain/testing/must'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { PrintPage } from './PrintPage'

const set = fixtureSet()
const { meta } = set
const hangzhou = AssessmentSchema.parse(fixture2024)
const hangzhou2023 = AssessmentSchema.parse(fixture2023)
const hostile = AssessmentSchema.parse(hostileFixture)
const engine = scoreAssessment(set, hangzhou.answers, hangzhou.cityLevel)
const engine2023 = scoreAssessment(set, hangzhou2023.answers, hangzhou2023.cityLevel)

const seed = seedStore

afterEach(() => {
  resetStore()
  vi.restoreAllMocks()
})

const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const fmt = (n: number | null | undefined) => one.format(must(n))
const capabilityName = (id: string) => meta.capabilities.find((c) => c.id === id)?.name.en ?? id
const levelText = (level: LevelResult | null) =>
  `${must(level).level} ${meta.levels.find((l) => l.id === level?.level)?.name.en}`
const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByRole('row', { name: new RegExp(`^${name}`) })

describe('PrintPage', () => {
  it('shows a loading state, then a translated "not found" for an unknown id', () => {
    seed('loading')
    const { rerender } = render(<PrintPage id={hangzhou.id} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading the data stored in this browser…')
    act(() => seed('ready', hangzhou))
    rerender(<PrintPage id="no-such-assessment" />)
    expect(screen.getByRole('heading', { level: 1, name: 'Assessment not found' })).toBeVisible()
  })

  it('puts city, year, indicator set, completeness, dates and the overall level on the cover', () => {
    seed('ready', hangzhou, hangzhou2023)
    render(<PrintPage id={hangzhou.id} />)
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: '杭州市 2024: smart-city maturity self-assessment',
      }),
    ).toBeVisible()
    const cover = must(screen.getByRole('heading', { level: 1 }).closest('header'))
    for (const text of [
      '浙江省',
      'Prefecture level and above',
      `(${hangzhou.indicatorSet.setId}), version ${hangzhou.indicatorSet.version}`,
      `${engine.completeness.done} of ${engine.completeness.asked} indicators answered`,
      levelText(engine.total.level),
      `GB/T 33356-weighted total: ${fmt(engine.total.score)} of 100`,
      'Report generated',
    ])
      expect(cover).toHaveTextContent(text)
    expect(document.title).toBe('Summary report: 杭州市 2024 · Smart City Maturity Self-Assessment')
  })

  it('shows every capability level, the radar, the dimension table with the weighted total and the top priorities', () => {
    seed('ready', hangzhou, hangzhou2023)
    render(<PrintPage id={hangzhou.id} />)
    const table = screen.getByRole('table', { name: /^Scores of the five core capabilities/ })
    for (const k of capabilityIds) {
      const row = rowOf(table, capabilityName(k))
      expect(row).toHaveTextContent(fmt(engine.capabilities[k].score))
      expect(row).toHaveTextContent(levelText(engine.capabilities[k].level))
    }
    const capabilities = screen.getByRole('region', { name: 'Five core capabilities' })
    const radar = within(capabilities).getByRole('img', { name: /^Radar chart/ })
    for (const k of capabilityIds)
      expect(radar).toHaveAccessibleName(
        expect.stringContaining(`${capabilityName(k)} ${fmt(engine.capabilities[k].score)}`),
      )
    const dimensions = screen.getByRole('table', { name: /weighted total/ })
    expect(rowOf(dimensions, 'Weighted total')).toHaveTextContent(fmt(engine.total.score))
    const expected = improvementPriorities(engine, set, hangzhou.answers, { limit: 5 })
    const items = within(
      screen.getByRole('region', { name: 'Improvement priorities' }),
    ).getAllByRole('listitem')
    expect(items.map((li) => li.textContent?.match(/SC-\d{3}/)?.[0])).toEqual(
      expected.map((p) => p.indicatorId),
    )
    expect(screen.getByRole('region', { name: 'Strengths and weaknesses' })).toBeVisible()
    expect(screen.getByRole('region', { name: 'Method in brief' })).toHaveTextContent(
      'L3 Development from 50',
    )
  })

  it('compares with the previous year of the same city: table with changes and an overlaid radar', () => {
    seed('ready', hangzhou, hangzhou2023)
    render(<PrintPage id={hangzhou.id} />)
    const region = screen.getByRole('region', { name: 'Change since 2023' })
    const table = within(region).getByRole('table', {
      name: /five core capabilities, 2023 and 2024/,
    })
    const total = rowOf(table, 'Weighted total')
    expect(total).toHaveTextContent(fmt(engine2023.total.score))
    expect(total).toHaveTextContent(fmt(engine.total.score))
    expect(total).toHaveTextContent(
      `▲ up ${fmt(must(engine.total.score) - must(engine2023.total.score))}`,
    )
    // Digital twin is slightly lower in 2024 than in 2023 in the fixtures.
    expect(rowOf(table, capabilityName('DT'))).toHaveTextContent(
      `▼ down ${fmt(must(engine2023.capabilities.DT.score) - must(engine.capabilities.DT.score))}`,
    )
    const radar = within(region).getByRole('img', { name: /Compared with 2023/ })
    expect(within(radar).getAllByText(capabilityName('DG')).length).toBeGreaterThan(0)
    expect(within(region).getByRole('list', { name: 'How to read the radar' })).toHaveTextContent(
      'Short dashes with square markers: 2023',
    )
  })

  it('says so when this browser holds no previous year of the city', () => {
    seed('ready', hangzhou)
    render(<PrintPage id={hangzhou.id} />)
    expect(screen.getByRole('region', { name: 'Change since 2023' })).toHaveTextContent(
      'No 2023 assessment of this city is stored in this browser',
    )
  })

  it('lists every asked indicator in the appendix with answer, N/A reason, data quality and evidence', () => {
    seed('ready', hangzhou)
    render(<PrintPage id={hangzhou.id} />)
    const appendix = screen.getByRole('region', { name: 'Appendix: every answer' })
    const rows = within(appendix)
      .getAllByRole('row')
      .filter((row) => /^SC-\d{3}/.test(row.textContent ?? ''))
    expect(rows).toHaveLength(engine.completeness.asked)
    const na = rowOf(appendix, 'SC-012')
    expect(na).toHaveTextContent(
      `Not applicable. Reason: ${hangzhou.answers['SC-012']?.notApplicable?.reason}`,
    )
    const first = rowOf(appendix, 'SC-001')
    expect(first).toHaveTextContent('Measured 86.5 %')
    expect(first).toHaveTextContent('Based on accurate measurements')
    expect(within(first).getByRole('link', { name: 'https://www.zjzwfw.gov.cn/' })).toHaveAttribute(
      'href',
      'https://www.zjzwfw.gov.cn/',
    )
    expect(rowOf(appendix, 'SC-006')).toHaveTextContent('9,420 ÷ 10,050, that is')
  })

  it('lists each answer’s files with size and SHA-256', () => {
    const first = must(hangzhou.answers['SC-001'])
    const sha256 = 'ab'.repeat(32)
    const withFiles = {
      ...hangzhou,
      answers: {
        ...hangzhou.answers,
        'SC-001': {
          ...first,
          files: [
            {
              sha256,
              name: '12345 hotline report.pdf',
              size: 2_097_152,
              type: 'application/pdf',
              addedAt: '2026-01-20T09:00:00.000Z',
            },
          ],
        },
      },
    }
    seed('ready', withFiles)
    render(<PrintPage id={hangzhou.id} />)
    const appendix = screen.getByRole('region', { name: 'Appendix: every answer' })
    expect(rowOf(appendix, 'SC-001')).toHaveTextContent(
      `Files12345 hotline report.pdf — 2 MB — SHA-256 ${sha256}`,
    )
    expect(rowOf(appendix, 'SC-002')).not.toHaveTextContent('SHA-256')
  })

  it('names where an answer merged from a department’s return came from', () => {
    const first = must(hangzhou.answers['SC-001'])
    const merged = {
      ...hangzhou,
      answers: {
        ...hangzhou.answers,
        'SC-001': {
          ...first,
          merged: {
            packageId: 'pkg-transport-0001',
            departmentId: 'transport',
            department: 'Transport Bureau',
            person: 'Li Ming',
            answeredAt: '2026-01-20T09:00:00.000Z',
            mergedAt: '2026-01-22T10:00:00.000Z',
          },
        },
      },
    }
    seed('ready', merged)
    render(<PrintPage id={hangzhou.id} />)
    const appendix = screen.getByRole('region', { name: 'Appendix: every answer' })
    const at = (iso: string) =>
      new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
        new Date(iso),
      )
    expect(rowOf(appendix, 'SC-001')).toHaveTextContent(
      `From Transport Bureau: filled in by Li Ming on ${at('2026-01-20T09:00:00.000Z')}, merged on ${at('2026-01-22T10:00:00.000Z')}`,
    )
    expect(rowOf(appendix, 'SC-002')).not.toHaveTextContent('From ')
  })

  it('opens the browser print dialog from the "Print / Save as PDF" button', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined)
    seed('ready', hangzhou)
    const user = userEvent.setup()
    render(<PrintPage id={hangzhou.id} />)
    await user.click(screen.getByRole('button', { name: 'Print / Save as PDF' }))
    expect(print).toHaveBeenCalledTimes(1)
    expect(document.documentElement).toHaveClass('print-report')
    cleanup()
    expect(document.documentElement).not.toHaveClass('print-report')
  })

  it('renders hostile strings as plain text: no element, no link, no template evaluation', () => {
    seed('ready', hostile)
    const { container } = render(<PrintPage id={hostile.id} />)
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile.city)
    expect(container.querySelector('img, script, iframe, [onerror], [onload], b')).toBeNull()
    const links = [...container.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
    expect(links.filter((href) => !href?.startsWith('/'))).toEqual([
      'https://example.org/evidence?q=%3Cscript%3Ealert(6)%3C/script%3E',
    ])
    const text = container.textContent ?? ''
    for (const literal of [
      '{{7*7}}',
      '<script>alert(3)</script>',
      '$t(print.title)',
      'javascript:alert(1)',
      'data:text/html,<script>alert(5)</script>',
    ])
      expect(text).toContain(literal)
    expect(text).not.toContain('Print summary')
  })

  it('follows the interface language', async () => {
    seed('ready', hangzhou, hangzhou2023)
    render(<PrintPage id={hangzhou.id} />)
    await act(() => i18next.changeLanguage('zh-CN'))
    expect(
      screen.getByRole('heading', { level: 1, name: '杭州市 2024 年智慧城市成熟度自评估' }),
    ).toBeVisible()
    expect(screen.getByRole('button', { name: '打印 / 另存为 PDF' })).toBeVisible()
    for (const c of meta.capabilities)
      expect(screen.getAllByText(new RegExp(c.name.zh)).length).toBeGreaterThan(0)
    expect(screen.getByRole('region', { name: '与 2023 年相比的变化' })).toBeVisible()
  })
})
