import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { baseUrl, useBrowser } from './browser'
import { loadFixture, seedAssessments } from './seed'
import { seedResponse } from './seedResponse'

const older = loadFixture('hangzhou-2023.assessment.json')
const newer = loadFixture('hangzhou-2024.assessment.json')

const browser = useBrowser()

/** Every screen, with assessments present. */
const screens = [
  { name: 'home', path: routes.home.href() },
  { name: 'new assessment', path: routes.newAssessment.href() },
  { name: 'questionnaire', path: routes.questionnaire.href(newer.id) },
  { name: 'results', path: routes.results.href(newer.id) },
  { name: 'print', path: routes.print.href(newer.id) },
  // On this build the assessment is on the newest version: the screen says there is nothing to
  // move (the journey in moveVersion.e2e.test.ts checks the full screen at 320 px too).
  { name: 'move', path: routes.move.href(newer.id) },
  { name: 'departments', path: routes.departments.href(newer.id) },
  // Before a return is chosen (mergeReturn.e2e.test.ts checks the plan at 320 px too).
  { name: 'merge', path: routes.merge.href(newer.id) },
  { name: 'methodology', path: routes.methodology.href() },
  { name: 'compare', path: routes.compare.href([older.id, newer.id]) },
  { name: 'empty compare', path: routes.compare.href() },
  { name: 'not found', path: '/no-such-page' },
  { name: 'department packages', path: routes.departmentResponses.href() },
  // Stored by seedResponse below: a department's answers to a package of `newer`.
  {
    name: 'department workspace',
    path: routes.departmentResponse.href('pkg-reflow-0001'),
    shows: '.indicator-card',
  },
]

/** Scrolls to the end until the page stops growing, so content drawn near the viewport is drawn. */
const scrollToEnd = async (page: Page) => {
  let height = -1
  for (let i = 0; i < 40; i++) {
    const now = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight)
      return document.documentElement.scrollHeight
    })
    if (now === height) break
    height = now
    await page.waitForTimeout(150)
  }
}

/**
 * The outermost elements reaching past the window's right edge that are not inside a box of
 * their own that scrolls or clips: what a user would have to scroll sideways to read.
 */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const limit = document.documentElement.clientWidth + 0.5
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p !== null && p !== document.body; p = p.parentElement) {
        const o = getComputedStyle(p).overflowX
        if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true
      }
      return false
    }
    const found: string[] = []
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.right <= limit || clipped(el)) continue
      const parent = el.parentElement
      if (parent !== null && parent.getBoundingClientRect().right > limit && !clipped(parent))
        continue
      const cls = typeof el.className === 'string' ? el.className : ''
      found.push(
        `${el.tagName.toLowerCase()}.${cls.split(' ').join('.')} → ${Math.round(r.right)} px`,
      )
    }
    return found.slice(0, 8)
  })

describe.each([
  { label: '320 × 720', viewport: { width: 320, height: 720 }, deviceScaleFactor: 1, axe: true },
  // A 1280 × 720 window zoomed to 400 %: 320 × 180 CSS px at four device pixels per CSS px.
  {
    label: '1280 × 720 at 400 %',
    viewport: { width: 320, height: 180 },
    deviceScaleFactor: 4,
    axe: false,
  },
])('reflow: $label', ({ viewport, deviceScaleFactor, axe }) => {
  it.each(['zh-CN', 'en-US'] as const)(
    'no screen scrolls sideways in %s',
    async (locale) => {
      const context = await browser().newContext({ locale, viewport, deviceScaleFactor })
      const page = await context.newPage()
      await seedAssessments(page, [older, newer])
      await seedResponse(page, newer)
      const failures: string[] = []
      for (const screen of screens) {
        await page.goto(`${baseUrl()}${screen.path}`)
        await page.locator('#main h1').first().waitFor()
        if (screen.shows !== undefined) await page.locator(screen.shows).first().waitFor()
        await scrollToEnd(page)
        const width = await page.evaluate(() => document.documentElement.scrollWidth)
        if (width > viewport.width)
          failures.push(`${screen.name}: ${width} px — ${(await overflowing(page)).join('; ')}`)
        // Reflow also means the content can be read: nothing stuck to the window may take more
        // than a third of it (at 400 % zoom the window is 180 px high).
        // (Measured halfway down, where a sticky head is stuck; only what is in the window counts,
        // and only what sticks vertically: a caption sticks sideways in its table's box.)
        const covering = await page.evaluate(() => {
          window.scrollTo(0, document.documentElement.scrollHeight / 2)
          return [...document.body.querySelectorAll('*')]
            .filter((el) => {
              const style = getComputedStyle(el)
              return (
                style.position === 'fixed' ||
                (style.position === 'sticky' && (style.top !== 'auto' || style.bottom !== 'auto'))
              )
            })
            .filter((el) => {
              const box = el.getBoundingClientRect()
              const shown = Math.min(box.bottom, window.innerHeight) - Math.max(box.top, 0)
              return shown > window.innerHeight / 3
            })
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`)
        })
        failures.push(...covering.map((c) => `${screen.name}: ${c} stays on screen and covers it`))
        // What fits by scrolling inside its own box must stay usable: such a box is a named,
        // focusable region (axe: scrollable-region-focusable), and nothing else breaks at this size.
        if (axe) failures.push(...(await axeViolations(page)).map((v) => `${screen.name}: ${v}`))
      }
      expect(failures).toEqual([])
      await context.close()
    },
    120_000,
  )
})

describe('questionnaire cards on a phone', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'hold every field inside the card at 320 and 412 px (%s)',
    async (locale) => {
      const context = await browser().newContext({ locale, viewport: { width: 412, height: 823 } })
      const page = await context.newPage()
      await seedAssessments(page, [newer])
      const failures: string[] = []
      for (const width of [412, 320]) {
        await page.setViewportSize({ width, height: 823 })
        await page.goto(`${baseUrl()}${routes.questionnaire.href(newer.id)}`)
        await page.locator('.indicator-card').first().waitFor()
        await scrollToEnd(page)
        const sticking = await page.evaluate(() =>
          [...document.querySelectorAll('.indicator-card')].flatMap((card) => {
            const edge = card.getBoundingClientRect().right
            return [...card.querySelectorAll('input, select, textarea, button, label')]
              .filter((field) => field.getBoundingClientRect().right > edge + 0.5)
              .map((field) => `${card.id} ${field.tagName.toLowerCase()}#${field.id}`)
          }),
        )
        failures.push(...sticking.map((s) => `${width} px: ${s}`))
      }
      expect(failures).toEqual([])
      await context.close()
    },
  )
})

describe('results on a wide window', () => {
  it.each(['zh-CN', 'en-US'] as const)(
    'puts the overall result and the whole capability table beside the radar (%s)',
    async (locale) => {
      const context = await browser().newContext({ locale, viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await seedAssessments(page, [newer])
      await page.goto(`${baseUrl()}${routes.results.href(newer.id)}`)
      await page.locator('.results-radar .recharts-surface').first().waitFor()
      const box = async (selector: string) => {
        const found = await page.locator(selector).first().boundingBox()
        if (found === null) throw new Error(`${selector} is not drawn`)
        return found
      }
      const radar = await box('.results-radar .report-chart')
      const overall = await box('#report-overall')
      const capabilities = await box('#results-capabilities')
      const table = await box('.results-capability-table')
      // Side by side: both headings on one line, the result and the table right of the radar.
      expect(Math.abs(overall.y - capabilities.y)).toBeLessThan(4)
      expect(overall.x).toBeGreaterThan(radar.x + radar.width)
      expect(table.x).toBeGreaterThan(radar.x + radar.width)
      expect(table.y).toBeLessThan(radar.y + radar.height)
      // The whole table, with no scrolling of its own.
      const scrolls = await page
        .locator('.results-capability-table .report-table-wrap')
        .evaluate((wrap) => wrap.scrollWidth > wrap.clientWidth)
      expect(scrolls).toBe(false)
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1280)
      await context.close()
    },
  )
})
