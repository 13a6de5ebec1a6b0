import { describe, expect, it } from 'vitest'

import { capabilityIds } from '../../src/domain/indicators/schema'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { axeViolations } from './axe'
import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { fixtureRelease, loadFixture, seedAssessments } from './seed'

const set = fixtureRelease()
const fixture = loadFixture('hangzhou-2024.assessment.json')
const engine = scoreAssessment(set, fixture.answers, fixture.cityLevel)

const browser = useBrowser()

describe.each([
  { locale: 'zh-CN', lang: 'zh-CN', provisional: '暂定' },
  { locale: 'en-US', lang: 'en', provisional: 'provisional' },
] as const)('results in a $locale browser', ({ locale, lang, provisional }) => {
  const score1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const name = (id: string) => {
    const c = set.meta.capabilities.find((x) => x.id === id)
    return lang === 'zh-CN' ? c?.name.zh : c?.name.en
  }

  it('draws five labelled radar axes and a table whose numbers, levels and provisional flags are the engine’s', async () => {
    const { page, problems, foreignRequests, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/results`)
    await page.locator('.recharts-surface').first().waitFor()
    const ticks = await page.locator('.recharts-polar-angle-axis-tick').allTextContents()
    expect(ticks).toHaveLength(5)
    for (const id of capabilityIds)
      expect(
        ticks.some((t) => t.includes(name(id) ?? '?')),
        id,
      ).toBe(true)

    const table = page.locator('table.report-table').first()
    for (const id of capabilityIds) {
      const expected = engine.capabilities[id]
      const row = table.locator('tbody tr').filter({ hasText: name(id) ?? '?' })
      const cells = await row.locator('td').allTextContents()
      expect(cells[0], id).toBe(expected.score === null ? cells[0] : score1.format(expected.score))
      expect(cells[1], id).toContain(expected.level?.level ?? '—')
      expect(cells[1]?.includes(provisional), `${id} provisional`).toBe(
        expected.level?.provisional === true,
      )
    }
    expect(problems).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })

  it('draws the dimension chart when it is scrolled near, in the box its placeholder held', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.setViewportSize({ width: 412, height: 823 })
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/results`)
    const slot = page.locator('.chart-slot').nth(1)
    await slot.waitFor()
    const before = await slot.boundingBox()
    expect(await slot.locator('.recharts-surface').count()).toBe(0)
    await slot.scrollIntoViewIfNeeded()
    await slot.locator('.recharts-surface').waitFor()
    const after = await slot.boundingBox()
    expect(after?.height).toBe(before?.height)
    expect(await slot.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0)
    expect(problems).toEqual([])
    await context.close()
  })

  it('switches language on the results page, fetching that language’s report text first', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/results`)
    await page.locator('.recharts-surface').first().waitFor()
    const other = lang === 'zh-CN' ? 'en' : 'zh-CN'
    const otherName = (id: string) => {
      const c = set.meta.capabilities.find((x) => x.id === id)
      return other === 'zh-CN' ? c?.name.zh : c?.name.en
    }
    await page.locator('.language-switch').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(other)
    await expect
      .poll(() => page.locator('.recharts-polar-angle-axis-tick').allTextContents())
      .toEqual(expect.arrayContaining(capabilityIds.map((id) => otherName(id) ?? '?')))
    // A key shown instead of text would look like "results.something"; missing keys also log errors.
    expect(await page.locator('main').textContent()).not.toMatch(/\b(results|methodology)\.[a-z]/)
    expect(problems).toEqual([])
    await context.close()
  })

  it('"show calculation" lists contributions that add up to the capability score', async () => {
    const { page, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/results`)
    const toggle = page
      .getByRole('button', { name: new RegExp(name('DG') ?? '?') })
      .filter({ has: page.locator('[aria-expanded]') })
      .or(page.locator(`button[aria-expanded]`).filter({ hasText: name('DG') ?? '?' }))
      .first()
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const calc = page.locator('.results-calc table').first()
    await calc.waitFor()
    const rows = await calc.locator('tbody tr').all()
    const contributions = await Promise.all(
      rows.map(async (r) => (await r.locator('td').last().textContent()) ?? ''),
    )
    const numbers = contributions
      .map((c) => Number(c.replace(/[^\d.-]/g, '')))
      .filter((n) => Number.isFinite(n))
    const sum = numbers.reduce((a, b) => a + b, 0)
    const dg = engine.capabilities.DG.score ?? Number.NaN
    expect(numbers.length).toBe(engine.capabilities.DG.contributions.length)
    expect(Math.abs(sum - dg)).toBeLessThanOrEqual(0.05 * numbers.length)
    await context.close()
  })

  it.each(['results', 'methodology'])(
    'has no WCAG 2.1 A/AA violation on the %s page',
    async (which) => {
      const { page, context } = await openWatchedPage(browser(), locale)
      await seedAssessments(page, [fixture])
      await page.goto(
        which === 'results'
          ? `${baseUrl()}/assessments/${fixture.id}/results`
          : `${baseUrl()}/methodology`,
      )
      await page.getByRole('heading', { level: 1 }).waitFor()
      if (which === 'results') await page.locator('.recharts-surface').first().waitFor()
      expect(await axeViolations(page)).toEqual([])
      await context.close()
    },
  )
})

describe('from the results to the questionnaire', () => {
  it('an indicator under "Answer these first" opens its card in the questionnaire, its section shown, just below the sticky head', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), 'en-US')
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/results`)
    const list = page.getByRole('region', { name: 'Answer these first' })
    await list.getByRole('link').first().waitFor()
    // One outside the first section, which the questionnaire would show anyway.
    const hrefs = await list
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    const href = hrefs.find((h) => {
      const target = set.indicators.find((i) => h.endsWith(`#indicator-${i.id}`))
      return target !== undefined && target.dimension !== set.meta.dimensions[0]?.id
    })
    const indicator = set.indicators.find((i) => href?.endsWith(`#indicator-${i.id}`))
    if (href === undefined || indicator === undefined) throw new Error('no open indicator')
    const link = list.locator(`a[href="${href}"]`)
    await link.click()
    await page.waitForURL(`**/assessments/${fixture.id}#indicator-${indicator.id}`)
    const card = page.locator(`#indicator-${indicator.id}`)
    await card.waitFor()
    expect(await page.locator(`.section-nav a[aria-current="page"]`).getAttribute('href')).toBe(
      `#dimension-${indicator.dimension}`,
    )
    const headBottom = await page
      .locator('.page-head.sticky')
      .evaluate((head) => head.getBoundingClientRect().bottom)
    await expect
      .poll(async () => (await card.evaluate((e) => e.getBoundingClientRect().top)) - headBottom)
      .toBeGreaterThanOrEqual(0)
    expect((await card.evaluate((e) => e.getBoundingClientRect().top)) - headBottom).toBeLessThan(
      12,
    )
    expect(problems).toEqual([])
    await context.close()
  })
})
