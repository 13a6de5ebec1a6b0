import type { Locator } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { loadFixture, seedAssessments } from './seed'

const browser = useBrowser()
const hangzhou = loadFixture('hangzhou-2024.assessment.json')

const names = {
  'zh-CN': {
    exportAll: '全部导出（JSON）',
    exportZip: '全部导出（含文件，ZIP）',
    import: '导入…',
    hint: /^可导入本应用导出的 \.json 文件/,
  },
  'en-US': {
    exportAll: 'Export all (JSON)',
    exportZip: 'Export everything (ZIP)',
    import: 'Import…',
    hint: /^Accepts \.json files/,
  },
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
      // In reading order: "Export all", "Export everything (ZIP)", "Import…".
      const buttons = [
        await measure(page.getByRole('button', { name: name.exportAll })),
        await measure(page.getByRole('button', { name: name.exportZip })),
        await measure(page.getByRole('button', { name: name.import })),
      ]
      const hint = await page.getByText(name.hint).boundingBox()
      const [first] = buttons
      for (const [index, button] of buttons.entries()) {
        const before = buttons[index - 1]
        expect(button.height).toBeCloseTo(first?.height ?? 0, 0)
        if (before === undefined) continue
        if (viewport.width >= 1000 || button.top < before.bottom) {
          // On the line of the one before: same top, same baseline, after it.
          expect(button.top).toBeCloseTo(before.top, 0)
          expect(button.baseline).toBeCloseTo(before.baseline, 0)
          expect(button.left).toBeGreaterThan(before.left)
        } else {
          // Wrapped on a narrow screen: on a new line, at the first button's left edge.
          expect(button.left).toBeCloseTo(first?.left ?? 0, 0)
          expect(button.top).toBeGreaterThan(before.bottom)
        }
      }
      expect(hint?.y).toBeGreaterThanOrEqual(Math.max(...buttons.map((b) => b.bottom)))
      expect(problems).toEqual([])
      await context.close()
    })
  },
)
