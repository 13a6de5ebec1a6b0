import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, inject, it } from 'vitest'
import { readReleases } from '../../scripts/build/releases'
import { seedAssessments as seedAt } from '../../scripts/browser/seed'
import { capabilityIds } from '../../src/domain/indicators/schema'
import type { AssessmentScore } from '../../src/domain/scoring/scoreAssessment'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { openWatchedPage, useBrowser } from './browser'
import { loadFixture, storedRecord } from './seed'

/**
 * Moving an assessment to a newer version of its set, on the build that ships the fixture release
 * 1.9.0 (tests/fixtures/releases: SC-001's target 100 → 80, SC-003 retired, SC-099 added): the
 * assessment keeps 1.0.0's scores until the user moves it through the screen that lists the
 * differences; then it records 1.9.0 and shows 1.9.0's scores; Undo puts the stored record back.
 */
const base = () => inject('fixtureBaseUrl')
const [released] = readReleases()
const [later] = readReleases(resolve(import.meta.dirname, '../fixtures/releases'))
if (released === undefined || later === undefined) throw new Error('releases missing')
const fixture = loadFixture('hangzhou-2024.assessment.json')

/**
 * The answers the moved assessment holds, written out from the fixture release's changes: SC-003
 * retired (dropped), SC-001's target changed (kept, marked for review after the move from 1.0.0), every other answer as is.
 */
const movedAnswers = Object.fromEntries(
  Object.entries(fixture.answers).flatMap(([id, answer]) =>
    id === 'SC-003'
      ? []
      : [
          [
            id,
            id === 'SC-001'
              ? { ...answer, reviewAfterMove: { fromVersion: '1.0.0', cleared: false } }
              : answer,
          ],
        ],
  ),
)

const browser = useBrowser()

const text = {
  'zh-CN': {
    notice: '查看迁移到新版会带来的变化',
    target: 'SC-001 电子证照使用率目标值：100 % → 80 %',
    move: '迁移到 1.9.0 版',
    moved: '已迁移到 1.9.0 版',
    undo: '撤销',
    undone: '已撤销',
    retired: /^停用指标（1）/,
    added: /^新增指标（1）/,
    changed: /^定义有变化的指标（1）/,
  },
  en: {
    notice: 'See what moving to it changes',
    target: 'SC-001 E-licence usage rate in government servicestarget: 100 % → 80 %',
    move: 'Move to version 1.9.0',
    moved: 'Moved to version 1.9.0',
    undo: 'Undo',
    undone: 'Undone',
    retired: /^Indicators retired \(1\)/,
    added: /^Indicators added \(1\)/,
    changed: /^Definitions changed \(1\)/,
  },
} as const

describe.each([
  { locale: 'zh-CN', lang: 'zh-CN' },
  { locale: 'en-US', lang: 'en' },
] as const)('moving an assessment to a newer set version, in $locale', ({ locale, lang }) => {
  const score1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const words = text[lang]
  const own = scoreAssessment(released.set, fixture.answers, fixture.cityLevel)
  const newer = scoreAssessment(later.set, movedAnswers, fixture.cityLevel)

  /** The results page's capability scores, and the engine's as the page formats them. */
  const shownScores = async (page: Page) => {
    await page.goto(`${base()}${routes.results.href(fixture.id)}`)
    const table = page.locator('.results-capability-table table.report-table')
    await table.waitFor()
    return table.locator('tbody tr td:first-of-type').allTextContents()
  }
  const expected = (score: AssessmentScore) =>
    capabilityIds.map((id) => {
      const s = score.capabilities[id].score
      return s === null ? '—' : score1.format(s)
    })

  it('keeps 1.0.0 until moved through the screen of differences; Undo restores the stored record', async () => {
    // The versions score this assessment differently, or the journey would prove nothing.
    expect(expected(own)).not.toEqual(expected(newer))
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAt(page, [fixture], base())
    expect(await shownScores(page)).toEqual(expected(own))

    await page.getByRole('link', { name: words.notice }).click()
    await page.getByRole('button', { name: words.move }).waitFor()
    const section = (name: RegExp) =>
      page.locator('section.move-part', { has: page.getByRole('heading', { name }) })
    expect(await section(words.changed).textContent()).toContain(words.target)
    expect(await section(words.retired).textContent()).toContain('SC-003')
    expect(await section(words.added).textContent()).toContain('SC-099')
    expect(await axeViolations(page)).toEqual([])
    // On a phone (or at 400 % zoom) nothing scrolls sideways; the score table scrolls in its box.
    await page.setViewportSize({ width: 320, height: 720 })
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true)
    await page.setViewportSize({ width: 1280, height: 720 })

    await page.getByRole('button', { name: words.move }).click()
    await page.getByRole('status').getByText(words.moved).waitFor()
    const moved = await storedRecord(page, fixture.id)
    expect(moved.indicatorSet).toEqual({ setId: 'scm-default', version: '1.9.0' })
    expect(moved.answers).toEqual(movedAnswers)
    expect(await axeViolations(page)).toEqual([])

    // The results, in a second tab of the same browser, are 1.9.0's.
    const other = await openWatchedPage(browser(), locale, context)
    expect(await shownScores(other.page)).toEqual(expected(newer))
    await other.page.close()

    await page.getByRole('button', { name: words.undo }).click()
    await page.getByRole('status').getByText(words.undone).waitFor()
    const restored = await storedRecord(page, fixture.id)
    // Exactly the original record; only the revision rose, so stale copies cannot save over it.
    expect({ ...restored, revision: fixture.revision }).toEqual(fixture)
    expect(restored.revision).toBeGreaterThan(moved.revision)
    expect(await shownScores(page)).toEqual(expected(own))
    expect(problems).toEqual([])
    expect(other.problems).toEqual([])
    await context.close()
  })
})
