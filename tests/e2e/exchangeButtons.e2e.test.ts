import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { loadFixture, seedAssessments } from './seed'

const browser = useBrowser()
const hangzhou = loadFixture('hangzhou-2024.assessment.json')

const names = {
  'zh-CN': {
    exportAll: '全部导出（JSON）',
    import: '导入…',
    hint: /^可导入本应用导出的 \.json 文件/,
  },
  'en-US': { exportAll: 'Export all (JSON)', import: 'Import…', hint: /^Accepts \.json files/ },
} as const

/** A button's box and the baseline of its text (the bottom of the text's line box). */
const measure = (button: Locator) =>
  button.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const range = document.createRange()
    range.selectNodeContents(element)
    const text = range.getBoundingClientRect()
    return {
      left: box.left,
      top: box.top,
      bottom: box.bottom,
      height: box.height,
      baseline: text.bottom,
    }
  })

describe.each(['zh-CN', 'en-US'] as const)(
  'the home page’s import and export buttons (%s)',
  (locale) => {
    const name = names[locale]

    it.each([
      { width: 1280, height: 800 },
      { width: 412, height: 823 },
      { width: 320, height: 720 },
    ])('line up at $width px, with the import limits below them', async (viewport) => {
      const { page, problems, context } = await openWatchedPage(
        browser(),
        locale,
        await browser().newContext({ locale, viewport }),
      )
      await seedAssessments(page, [hangzhou])
      await page.goto(`${baseUrl()}/`)
      const exportAll = await measure(page.getByRole('button', { name: name.exportAll }))
      const importButton = await measure(page.getByRole('button', { name: name.import }))
      const hint = await page.getByText(name.hint).boundingBox()

      expect(importButton.height).toBeCloseTo(exportAll.height, 0)
      if (viewport.width >= 1000 || importButton.top < exportAll.bottom) {
        // One line: same top, same height, same baseline; "Import…" after "Export all".
        expect(importButton.top).toBeCloseTo(exportAll.top, 0)
        expect(importButton.baseline).toBeCloseTo(exportAll.baseline, 0)
        expect(importButton.left).toBeGreaterThan(exportAll.left)
      } else {
        // Wrapped on a narrow screen: one above the other, left edges equal, not touching.
        expect(importButton.left).toBeCloseTo(exportAll.left, 0)
        expect(importButton.top).toBeGreaterThan(exportAll.bottom)
      }
      expect(hint?.y).toBeGreaterThanOrEqual(Math.max(exportAll.bottom, importButton.bottom))
      expect(problems).toEqual([])
      await context.close()
    })
  },
)
