import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readPackageBytes } from '../../src/domain/departments/readDepartmentFile'
import enDepartments from '../../src/i18n/locales/en.departments.json'
import zhDepartments from '../../src/i18n/locales/zh-CN.departments.json'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { fixtureRelease, loadFixture, seedAssessments, storedRecord } from './seed'

/**
 * The coordinator's departments screen in a real browser, in both languages: two departments are
 * added, each is assigned a whole section, and the first one's package is exported; the saved
 * file reads back as a package of that section with the assessment's answers. axe finds nothing
 * on the screen, and at 320 px wide nothing scrolls sideways.
 */
const fixture = loadFixture('hangzhou-2024.assessment.json')
const set = fixtureRelease()
const [first, second] = set.meta.dimensions
if (first === undefined || second === undefined) throw new Error('the set has two dimensions')
const idsOf = (dimension: string) =>
  set.indicators.filter((i) => i.dimension === dimension).map((i) => i.id)

const browser = useBrowser()

const cases = [
  {
    locale: 'zh-CN',
    side: 'zh',
    words: zhDepartments.departments,
    names: ['市交通运输局', '市卫生健康委'],
  },
  {
    locale: 'en-US',
    side: 'en',
    words: enDepartments.departments,
    names: ['Transport Bureau', 'Health Commission'],
  },
] as const

const addDepartment = async (page: Page, words: (typeof cases)[number]['words'], name: string) => {
  const form = page.locator('form').filter({ has: page.locator('#department-add-name') })
  await form.locator('#department-add-name').fill(name)
  await form.getByRole('button', { name: words.form.add }).click()
  await page.getByRole('heading', { level: 3, name, exact: true }).waitFor()
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

describe.each(cases)('departments ($locale)', ({ locale, side, words, names }) => {
  it('adds two departments, assigns them sections and exports a package', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}${routes.departments.href(fixture.id)}`)
    await page.getByRole('heading', { level: 1, name: words.title }).waitFor()

    const [a, b] = names
    await addDepartment(page, words, a)
    await addDepartment(page, words, b)
    for (const [dimension, name] of [
      [first, a],
      [second, b],
    ] as const) {
      const section = page.getByRole('region', { name: dimension.name[side], exact: true })
      await section
        .getByRole('combobox', { name: words.assign.wholeSection })
        .selectOption({ label: name })
      await expect
        .poll(() => section.getByRole('paragraph').first().textContent())
        .toContain(String(idsOf(dimension.id).length))
    }

    const board = page.getByRole('table', { name: words.status.caption })
    await board.getByRole('button', { name: `${words.package.export} ${a}` }).click()
    await page.getByLabel(words.package.dueDate).fill('2026-12-20')
    await page.getByRole('textbox', { name: words.package.note }).fill('12月20日前填报')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: words.package.create, exact: true }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^杭州市-2024-${a}-package-\\d{4}-\\d{2}-\\d{2}\\.json$`),
    )
    const read = readPackageBytes(readFileSync(await download.path()), ['scm-default'])
    if (!read.ok) throw new Error(`package refused: ${read.problem.kind}`)
    expect(read.file.indicatorIds).toEqual(idsOf(first.id))
    expect(read.file.dueDate).toBe('2026-12-20')
    expect(Object.keys(read.file.answers).sort()).toEqual(
      idsOf(first.id)
        .filter((id) => fixture.answers[id] !== undefined)
        .sort(),
    )

    // Saved with the assessment: the departments, who answers what, the package sent.
    await expect
      .poll(async () => (await storedRecord(page, fixture.id)).packages?.length ?? 0)
      .toBe(1)
    const stored = await storedRecord(page, fixture.id)
    expect(stored.departments?.map((d) => d.name)).toEqual([a, b])
    expect(Object.keys(stored.assignments ?? {}).length).toBe(
      idsOf(first.id).length + idsOf(second.id).length,
    )

    await page.locator('details summary').first().click()
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 320, height: 720 })
    await page.waitForTimeout(100)
    expect(await sideways(page)).toBeLessThanOrEqual(320)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  }, 120_000)
})
