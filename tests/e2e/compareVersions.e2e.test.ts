import { describe, expect, inject, it } from 'vitest'
import { seedAssessments } from '../../scripts/browser/seed'
import { capabilityIds } from '../../src/domain/indicators/schema'
import { sharedEqualSubset } from '../../src/domain/report/sharedEqualSubset'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { routes } from '../../src/routes/routes'
import { laterSet, on100, on190, releasedSet } from '../utils/crossVersion'
import { axeViolations } from './axe'
import { openWatchedPage, useBrowser } from './browser'

/**
 * Comparing across versions on the build that ships the test release 1.9.0 next to 1.0.0:
 * 杭州市 2024 (1.0.0) and 杭州市 2025 (1.9.0: SC-001's target lowered, SC-003 retired, SC-099 added).
 */
const base = () => inject('fixtureBaseUrl')
const browser = useBrowser()
const subset = sharedEqualSubset(releasedSet, laterSet)

describe.each([
  {
    locale: 'zh-CN',
    lang: 'zh-CN',
    side: 'zh',
    target: '目标值已变更',
    onlyIn: (v: string) => `仅见于 ${v} 版`,
    shared: '只按所有版本共有且定义相同的指标进行对比',
    leftOut: '未计入的指标（3 项）',
    change: '与 2024 年相比的变化',
  },
  {
    locale: 'en-US',
    lang: 'en',
    side: 'en',
    target: 'target changed',
    onlyIn: (v: string) => `only in version ${v}`,
    shared:
      'Compare only on the indicators that all these versions share with the same definitions',
    leftOut: 'Left out (3)',
    change: 'Change since 2024',
  },
] as const)(
  'comparing across set versions in $locale',
  ({ locale, lang, side, target, onlyIn, shared, leftOut, change }) => {
    const fmt = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    const capabilityName = (id: string) =>
      releasedSet.meta.capabilities.find((c) => c.id === id)?.name[side] ?? id

    it('flags the scores whose definitions differ, then compares on the shared indicators only', async () => {
      const { page, problems, context } = await openWatchedPage(browser(), locale)
      await seedAssessments(page, [on100, on190], base())
      await page.goto(`${base()}${routes.compare.href([on100.id, on190.id])}`)
      const notes = page.locator('.flag-notes')
      await notes.first().waitFor()
      const text = (await notes.allTextContents()).join(' ')
      expect(text).toContain(`SC-001`)
      expect(text).toContain(target)
      expect(text).toContain(`SC-003`)
      expect(text).toContain(onlyIn('1.0.0'))
      expect(text).toContain(`SC-099`)
      expect(text).toContain(onlyIn('1.9.0'))
      // Marks sit in the later column only, with their accessible text.
      const marked = page.locator('table.report-table td:has(.flag-marker)')
      expect(await marked.count()).toBeGreaterThan(0)
      expect(
        await page.locator('table.report-table tr td:first-of-type .flag-marker').count(),
      ).toBe(0)
      expect(await axeViolations(page)).toEqual([])

      await page.getByRole('checkbox', { name: shared }).check()
      await page.waitForURL(/[?&]shared=1/)
      await page.getByText(leftOut).waitFor()
      const before = scoreAssessment(subset.a, on100.answers, on100.cityLevel)
      const after = scoreAssessment(subset.b, on190.answers, on190.cityLevel)
      // Scoring on the shared subset moves the totals, or this check would prove nothing.
      expect(before.total.score).not.toBe(
        scoreAssessment(releasedSet, on100.answers, on100.cityLevel).total.score,
      )
      expect(after.total.score).not.toBe(
        scoreAssessment(laterSet, on190.answers, on190.cityLevel).total.score,
      )
      const table = page.locator('table.report-table').first()
      for (const id of capabilityIds) {
        const cells = await table
          .locator('tbody tr')
          .filter({ hasText: capabilityName(id) })
          .locator('td')
          .allTextContents()
        const [b, a] = [before.capabilities[id].score, after.capabilities[id].score]
        if (b !== null) expect(cells[0], id).toContain(fmt.format(b))
        if (a !== null) expect(cells[1], id).toContain(fmt.format(a))
      }
      const total = await page
        .locator('table.report-table')
        .nth(1)
        .locator('tbody tr')
        .first()
        .locator('td')
        .allTextContents()
      expect(total[0]).toContain(fmt.format(before.total.score ?? Number.NaN))
      expect(total[1]).toContain(fmt.format(after.total.score ?? Number.NaN))
      // On the shared indicators nothing differs any more.
      expect(await page.locator('.flag-marker').count()).toBe(0)
      expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
      await context.close()
    })

    it('flags the change since last year in the print view of the 1.9.0 assessment', async () => {
      const { page, problems, context } = await openWatchedPage(browser(), locale)
      await seedAssessments(page, [on100, on190], base())
      await page.goto(`${base()}${routes.print.href(on190.id)}`)
      const section = page.getByRole('region', { name: change })
      await section.locator('.flag-notes').first().waitFor()
      expect(await section.locator('.flag-marker').count()).toBeGreaterThan(0)
      const text = (await section.locator('.flag-notes').allTextContents()).join(' ')
      expect(text).toContain('SC-001')
      expect(text).toContain(target)
      expect(text).toContain(onlyIn('1.0.0'))
      expect(text).toContain(onlyIn('1.9.0'))
      expect(await axeViolations(page)).toEqual([])
      expect(problems).toEqual([])
      await context.close()
    })
  },
)
