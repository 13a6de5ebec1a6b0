import { describe, expect, it } from 'vitest'
import { type Assessment } from '../../src/domain/assessment/assessment'
import { capabilityIds } from '../../src/domain/indicators/schema'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { axeViolations } from './axe'
import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { fixtureRelease, loadFixture, seedAssessments } from './seed'

const set = fixtureRelease()
const y2024 = loadFixture('hangzhou-2024.assessment.json')
/** The year before: every other answer missing and rubric levels one lower, so scores differ. */
const y2023: Assessment = {
  ...y2024,
  id: 'fixture-hangzhou-2023-compare',
  year: 2023,
  answers: Object.fromEntries(
    Object.entries(y2024.answers)
      .filter((_, i) => i % 2 === 0)
      .map(([id, a]) => [
        id,
        a.value?.type === 'level'
          ? { ...a, value: { type: 'level' as const, level: Math.max(1, a.value.level - 1) } }
          : a,
      ]),
  ),
}
const before = scoreAssessment(set, y2023.answers, y2023.cityLevel)
const after = scoreAssessment(set, y2024.answers, y2024.cityLevel)

const browser = useBrowser()

describe.each([
  { locale: 'zh-CN', lang: 'zh-CN', link: '与往年对比', up: '▲ 上升', down: '▼ 下降' },
  { locale: 'en-US', lang: 'en', link: 'Compare with other years', up: '▲ up', down: '▼ down' },
] as const)('compare in a $locale browser', ({ locale, lang, link, up, down }) => {
  const fmt = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const name = (id: string) => {
    const c = set.meta.capabilities.find((x) => x.id === id)
    return (lang === 'zh-CN' ? c?.name.zh : c?.name.en) ?? id
  }

  it('compares 杭州市 2023 with 2024 from one click: overlaid radars, deltas equal to the engine, trend lines', async () => {
    const { page, problems, foreignRequests, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [y2023, y2024])
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('link', { name: link }).first().click()
    await page.waitForURL(/\/compare\?ids=/)
    await page.locator('.recharts-surface').first().waitFor()
    expect(await page.locator('.recharts-radar').count()).toBe(2)
    const legend = await page.locator('.recharts-legend-item-text').allTextContents()
    expect(legend).toEqual(expect.arrayContaining(['杭州市 2023', '杭州市 2024']))

    const table = page.locator('table.report-table').first()
    for (const id of capabilityIds) {
      const b = before.capabilities[id].score
      const a = after.capabilities[id].score
      const cells = await table
        .locator('tbody tr')
        .filter({ hasText: name(id) })
        .locator('td')
        .allTextContents()
      expect(cells[0], id).toContain(b === null ? '' : fmt.format(b))
      expect(cells[1], id).toContain(a === null ? '' : fmt.format(a))
      if (a !== null && b !== null && Math.abs(a - b) >= 0.05) {
        expect(cells[1], id).toContain(`${a > b ? up : down} ${fmt.format(Math.abs(a - b))}`)
      }
    }
    expect(await page.locator('.recharts-line').count()).toBe(5)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })
})
