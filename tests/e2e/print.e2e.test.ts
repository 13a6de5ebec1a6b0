import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AssessmentSchema, type Assessment } from '../../src/domain/assessment/assessment'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import en from '../../src/i18n/locales/en.print.json'
import zhCN from '../../src/i18n/locales/zh-CN.print.json'
import { axeViolations } from './axe'
import { baseUrl, launchBrowser, openWatchedPage, type Watched } from './browser'
import { fixtureRelease, seedAssessments } from './seed'

/**
 * The print / PDF summary in real Chromium: `page.pdf()` in print media, then poppler's
 * pdfinfo / pdftotext / pdffonts / pdftoppm read the file the way an official's PDF viewer would.
 * Needs `poppler-utils` and a CJK font (`fonts-noto-cjk`) besides Chromium.
 */

const set = fixtureRelease()
const fixture = (name: string): Assessment =>
  AssessmentSchema.parse(
    JSON.parse(readFileSync(resolve(import.meta.dirname, `../fixtures/${name}.json`), 'utf8')),
  )
const hangzhou2024 = fixture('hangzhou-2024.assessment')
const hangzhou2023 = fixture('hangzhou-2023.assessment')
const hostile = fixture('hostile-strings.assessment')
const engine = scoreAssessment(set, hangzhou2024.answers, hangzhou2024.cityLevel)

/** A complete assessment prints to this many A4 pages (measured: zh 10, en 13). */
const pageRange = { min: 8, max: 16 }

/**
 * Page numbers come from Chromium's footer template here; in the browser's own print dialog they
 * come from its "Headers and footers" option (the page cannot add them everywhere).
 */
const footerTemplate =
  '<div style="width:100%;font-size:8px;text-align:center;color:#333">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>'

const run = (command: string, args: readonly string[]): string =>
  execFileSync(command, args, { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 })
const pageCount = (pdf: string) => Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1])
const pageText = (pdf: string, page: number) =>
  run('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'])
/** Text without any whitespace: words wrapped across lines (or table cells) still match. */
const squash = (text: string) => text.replace(/\s+/g, '')

/**
 * Share of pixels on one page that are not white (below 235 of 255), from a 30 dpi greyscale
 * rendering. PGM ("P5") is a tiny header and then one byte per pixel: no image library needed.
 */
const inkOnPage = (pdf: string, page: number, dir: string): number => {
  const prefix = join(dir, `${basename(pdf, '.pdf')}-page-${page}`)
  const range = ['-f', String(page), '-l', String(page)]
  run('pdftoppm', ['-gray', '-r', '30', ...range, '-singlefile', pdf, prefix])
  const data = readFileSync(`${prefix}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 64).toString('latin1'))
  if (header === null) throw new Error(`not a binary PGM: ${prefix}.pgm`)
  const [whole, width, height] = header
  const pixels = data.subarray(whole.length, whole.length + Number(width) * Number(height))
  return pixels.filter((value) => value < 235).length / pixels.length
}

let browser: Browser
let dir: string
beforeAll(async () => {
  browser = await launchBrowser()
  dir = mkdtempSync(join(tmpdir(), 'print-e2e-'))
})
afterAll(async () => {
  await browser?.close()
  rmSync(dir, { recursive: true, force: true })
})

/**
 * Opens the print view of `id` with `window.print` replaced by a counter: headless Chromium has no
 * print dialog, so the test records that the button asked for one and then prints with page.pdf().
 * Every alert/confirm/prompt is recorded (and dismissed) from before the first navigation.
 */
const openPrintView = async (
  locale: 'zh-CN' | 'en-US',
  assessments: readonly Assessment[],
  id: string,
): Promise<Watched & { dialogs: string[] }> => {
  const watched = await openWatchedPage(browser, locale)
  const dialogs: string[] = []
  watched.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await seedAssessments(watched.page, assessments)
  await watched.page.addInitScript(() => {
    window.print = () => {
      const root = document.documentElement
      root.dataset.printCalls = String(Number(root.dataset.printCalls ?? '0') + 1)
    }
  })
  await watched.page.goto(`${baseUrl()}/assessments/${id}/print`)
  await watched.page.locator('.print-doc h1').waitFor()
  return { ...watched, dialogs }
}

/** Clicks "Print / Save as PDF", then prints what the dialog would get; returns the elapsed ms. */
const clickAndPrint = async (page: Page, name: string, path: string): Promise<number> => {
  const started = performance.now()
  await page.getByRole('button', { name }).click()
  await page.waitForFunction(() => document.documentElement.dataset.printCalls === '1')
  await printPdf(page, path)
  return performance.now() - started
}

const printPdf = async (page: Page, path: string): Promise<void> => {
  await page.emulateMedia({ media: 'print' })
  await page.pdf({
    path,
    format: 'A4',
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate,
  })
}

describe.each([
  { locale: 'zh-CN', lang: 'zh', strings: zhCN.print },
  { locale: 'en-US', lang: 'en', strings: en.print },
] as const)('the print summary in a $locale browser', ({ locale, lang, strings }) => {
  const local = (text: { zh: string; en: string }) => (lang === 'zh' ? text.zh : text.en)
  const levelLabel = (() => {
    const level = engine.total.level
    const meta = set.meta.levels.find((l) => l.id === level?.level)
    if (level === null || meta === undefined) throw new Error('the fixture has an overall level')
    return `${level.level} ${local(meta.name)}`
  })()

  it('prints a complete assessment to an A4 PDF with the city, the five capabilities, the level and a radar', async () => {
    const { page, context, problems, foreignRequests } = await openPrintView(
      locale,
      [hangzhou2024, hangzhou2023],
      hangzhou2024.id,
    )
    // Two radars: the capabilities, and this year over the previous year.
    await expect.poll(() => page.locator('.recharts-surface').count()).toBe(2)
    const pdf = join(dir, `hangzhou-2024-${lang}.pdf`)
    const ms = await clickAndPrint(page, strings.toolbar.print, pdf)

    const pages = pageCount(pdf)
    console.log(
      `[print] ${lang}: click → finished PDF in ${Math.round(ms)} ms; ${pages} pages; ` +
        `${Math.round(statSync(pdf).size / 1024)} KiB`,
    )
    expect(pages).toBeGreaterThanOrEqual(pageRange.min)
    expect(pages).toBeLessThanOrEqual(pageRange.max)

    const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1))
    const all = squash(texts.join('\n'))
    expect(all).toContain(squash(hangzhou2024.city))
    for (const c of set.meta.capabilities) expect(all, c.id).toContain(squash(local(c.name)))
    expect(squash(texts[0] ?? '')).toContain(squash(levelLabel))
    expect(all).toContain(squash(strings.change.heading.replace('{{previousYear}}', '2023')))
    expect(all).toContain(squash(strings.appendix.heading))
    // Page numbers from the footer template, on the first and the last page.
    expect(squash(texts[0] ?? '')).toContain(`1/${pages}`)
    expect(squash(texts.at(-1) ?? '')).toContain(`${pages}/${pages}`)

    // The radar page: where the key below the capability radar is printed.
    const key = squash(strings.radar.legendCurrent.split('{{')[0] ?? '')
    const radarPage = texts.findIndex((text) => squash(text).includes(key)) + 1
    expect(radarPage).toBeGreaterThan(1)
    // Not blank: the page has ink, and clearly more than the same page with the charts hidden
    // (visibility keeps the layout, so the page holds the same text either way).
    const ink = inkOnPage(pdf, radarPage, dir)
    await page
      .locator('.report-chart')
      .evaluateAll((charts: HTMLElement[]) =>
        charts.forEach((c) => (c.style.visibility = 'hidden')),
      )
    const withoutCharts = join(dir, `hangzhou-2024-${lang}-no-charts.pdf`)
    await printPdf(page, withoutCharts)
    expect(pageCount(withoutCharts)).toBe(pages)
    const textOnly = inkOnPage(withoutCharts, radarPage, dir)
    console.log(
      `[print] ${lang}: radar on page ${radarPage}: ${(ink * 100).toFixed(1)} % of pixels not white, ` +
        `${(textOnly * 100).toFixed(1)} % without the chart`,
    )
    expect(ink).toBeGreaterThan(0.02)
    expect(ink - textOnly).toBeGreaterThan(0.02)

    if (lang === 'zh') {
      // Chromium embeds Noto Sans CJK as Type 3 fonts, which pdffonts lists without a name
      // ("[none]"); the font descriptors in the file still carry the real font name.
      const fonts = run('pdffonts', [pdf]).split('\n').slice(2).filter(Boolean)
      expect(fonts.length).toBeGreaterThan(0)
      expect(fonts.every((row) => /\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.test(row))).toBe(
        true,
      )
      expect(fonts.some((row) => row.includes('Type 3'))).toBe(true)
      const names = readFileSync(pdf)
        .toString('latin1')
        .match(/\/FontName\s*\/[A-Z]{6}\+[\w-]+/g)
      expect(
        names?.some((n) => /NotoSansCJK|NotoSerifCJK|WenQuanYi|WQY|DroidSansFallback/i.test(n)),
      ).toBe(true)
    }
    expect(problems).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })

  it('hides the app chrome on paper and has no WCAG 2.1 A/AA violation on screen', async () => {
    const { page, context } = await openPrintView(
      locale,
      [hangzhou2024, hangzhou2023],
      hangzhou2024.id,
    )
    await expect.poll(() => page.locator('.recharts-surface').count()).toBe(2)
    expect(await axeViolations(page)).toEqual([])
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['.app-header', '.app-footer', '.print-toolbar'])
      expect(await page.locator(selector).isVisible(), selector).toBe(false)
    expect(await page.locator('.print-doc').isVisible()).toBe(true)
    await context.close()
  })
})

describe('hostile text', () => {
  const longWord = /LONGWORD\w+ENDS/.exec(hostile.answers['SC-001']?.note ?? '')?.[0] ?? ''

  it('prints HTML, script tags and template syntax as literal, wrapped text and runs nothing', async () => {
    expect(longWord).toHaveLength(300)
    const { page, context, problems, foreignRequests, dialogs } = await openPrintView(
      'en-US',
      [hostile],
      hostile.id,
    )
    await page.locator('.recharts-surface').first().waitFor()

    expect(await page.locator('h1').textContent()).toContain(hostile.city)
    expect(await page.locator('img[src="x"], iframe, .print-doc script').count()).toBe(0)
    expect(await page.locator('[onerror], [onload]').count()).toBe(0)
    expect(await page.locator('a[href^="javascript:"], a[href^="data:"]').count()).toBe(0)
    const links = page.locator('.print-evidence a')
    expect(await links.count()).toBe(1)
    expect(await links.getAttribute('href')).toMatch(/^https:\/\/example\.org\/evidence\?q=/)
    const doc = (await page.locator('.print-doc').textContent()) ?? ''
    for (const literal of ['{{7*7}}', '$t(print.title)', '<b>not bold</b>', longWord])
      expect(doc, literal).toContain(literal)

    // On an A4-wide viewport in print media, nothing is wider than the page.
    await page.setViewportSize({ width: 680, height: 1000 })
    await page.emulateMedia({ media: 'print' })
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }))
    expect(widths.scroll).toBeLessThanOrEqual(widths.client)
    await page.emulateMedia({ media: 'screen' })

    const pdf = join(dir, 'hostile.pdf')
    const ms = await clickAndPrint(page, en.print.toolbar.print, pdf)
    const pages = pageCount(pdf)
    console.log(
      `[print] hostile (en): click → finished PDF in ${Math.round(ms)} ms; ${pages} pages`,
    )
    const text = squash(Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1)).join('\n'))
    expect(text).toContain(squash(hostile.city))
    expect(text).toContain('<script>alert(2)</script>')
    expect(text).toContain('<script>alert(3)</script>')
    expect(text).toContain('{{7*7}}')
    expect(text).toContain('javascript:alert(1)')
    expect(text).toContain(longWord)

    expect(dialogs).toEqual([])
    expect(problems).toEqual([])
    expect(foreignRequests).toEqual([])
    await context.close()
  })
})
