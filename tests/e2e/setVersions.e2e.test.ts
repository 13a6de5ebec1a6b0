import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { readReleases } from '../../scripts/build/releases'
import { capabilityIds } from '../../src/domain/indicators/schema'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { openWatchedPage, useBrowser } from './browser'
import { loadFixture } from './seed'
import { seedAssessments as seedAt } from '../../scripts/browser/seed'

/**
 * A build that ships two releases of the built-in set: 1.0.0 and the test fixture 1.9.0
 * (tests/fixtures/releases: SC-001's target lowered, SC-003 retired, SC-099 added).
 */
const base = () => inject('fixtureBaseUrl')
const [released] = readReleases()
const [later] = readReleases(resolve(import.meta.dirname, '../fixtures/releases'))
if (released === undefined || later === undefined) throw new Error('releases missing')
const fixture = loadFixture('hangzhou-2024.assessment.json')

const browser = useBrowser()

describe.each([
  { locale: 'zh-CN', lang: 'zh-CN' },
  { locale: 'en-US', lang: 'en' },
] as const)('an assessment of an earlier set version, in $locale', ({ locale, lang }) => {
  const score1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const own = scoreAssessment(released.set, fixture.answers, fixture.cityLevel)
  const newer = scoreAssessment(later.set, fixture.answers, fixture.cityLevel)

  it('keeps the scores of the version it was made with while a newer version ships', async () => {
    expect(fixture.indicatorSet.version).toBe(released.entry.version)
    // The versions score this assessment differently, or this journey would prove nothing.
    expect(
      capabilityIds.some((id) => own.capabilities[id].score !== newer.capabilities[id].score),
    ).toBe(true)
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAt(page, [fixture], base())
    await page.goto(`${base()}${routes.results.href(fixture.id)}`)
    const table = page.locator('.results-capability-table table.report-table')
    await table.waitFor()
    const scores = await table.locator('tbody tr td:first-of-type').allTextContents()
    expect(scores).toEqual(
      capabilityIds.map((id) => {
        const s = own.capabilities[id].score
        return s === null ? scores[capabilityIds.indexOf(id)] : score1.format(s)
      }),
    )
    expect(await page.locator('#main').textContent()).toContain(released.entry.version)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('offers the newest version for a new assessment and lists the old one with its own level', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAt(page, [fixture], base())
    await page.goto(`${base()}${routes.newAssessment.href()}`)
    const select = page.locator('select#setVersion')
    await select.waitFor()
    expect(await select.locator('option:checked').textContent()).toContain(later.entry.version)
    await page.goto(`${base()}${routes.home.href()}`)
    // The row is drawn at once; its scores follow when its version's indicators have loaded.
    const row = page.locator('table.assessment-table tbody tr').first()
    await row.waitFor()
    const { done, asked } = own.completeness
    await expect
      .poll(() => row.textContent())
      .toMatch(new RegExp(`${done}\\D+${asked}[\\s\\S]*${own.total.level?.level ?? '—'}`))
    expect(problems).toEqual([])
    await context.close()
  })
})
