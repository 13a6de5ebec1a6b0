import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en.files.json'
import zhCN from '../../src/i18n/locales/zh-CN.files.json'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser, type Watched } from './browser'
import { onePixelPng, pdfLike, sha256 } from './sampleFiles'
import { loadFixture, seedAssessments, storedRecord } from './seed'

/**
 * Evidence files in real Chromium: attached on the questionnaire, kept in IndexedDB across a
 * reload, downloaded byte for byte, listed with size and SHA-256 in the print appendix, removed and
 * brought back; the storage-full case; and HTML or SVG files that never run script in the app.
 */
const browser = useBrowser()
const fixture = { ...loadFixture('hangzhou-2024.assessment.json'), answers: {} }

/** A PDF of about 2 MB. */
const pdf = pdfLike(2_000_000, 12345)
const png = onePixelPng
const pdfName = '12345热线年报 2024.pdf'
const pngName = '开放数据门户截图.png'

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')

type Strings = typeof en.evidenceFiles

const cards = (page: Page) => page.locator('.indicator-card')

/** Opens the questionnaire of the fixture with every dialog and popup recorded. */
const open = async (locale: 'zh-CN' | 'en-US') => {
  const watched = await openWatchedPage(browser(), locale)
  const dialogs: string[] = []
  watched.page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  // Pages the app opens (axe opens about:blank pages of its own, which are no concern): the URL
  // each one ends up at is checked at the end.
  const pages: Page[] = []
  watched.context.on('page', (p) => pages.push(p))
  await seedAssessments(watched.page, [fixture])
  const popups = () =>
    pages.map((p) => p.url()).filter((url) => url.startsWith(baseUrl()) || url.startsWith('blob:'))
  return { ...watched, dialogs, popups }
}

const openQuestionnaire = async (page: Page, s: Strings) => {
  await page.goto(`${baseUrl()}/assessments/${fixture.id}`)
  await cards(page).nth(1).getByLabel(s.attach).waitFor()
}

const attach = async (
  page: Page,
  card: number,
  s: Strings,
  name: string,
  buffer: Buffer,
  mimeType: string,
) => {
  await cards(page).nth(card).getByLabel(s.attach).setInputFiles({ name, mimeType, buffer })
  await cards(page).nth(card).getByText(fill(s.attached, { name })).waitFor()
}

const downloadBytes = async (page: Page, button: string) => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) }
}

/** The files stored with the answer of the `card`-th card. */
const filesOf = async (page: Page, card: number) => {
  const indicatorId = (await cards(page).nth(card).getAttribute('id'))?.replace(/^indicator-/, '')
  const record = await storedRecord(page, fixture.id)
  return indicatorId === undefined ? [] : (record.answers[indicatorId]?.files ?? [])
}

const storedHashes = (page: Page): Promise<string[]> =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const request = indexedDB.open('smart-city-maturity')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const keys = request.result.transaction('files').objectStore('files').getAllKeys()
          keys.onsuccess = () => {
            request.result.close()
            resolve(keys.result.map(String))
          }
        }
      }),
  )

const closeClean = async (watched: Watched & { dialogs: string[]; popups: () => string[] }) => {
  expect(watched.problems).toEqual([])
  expect(watched.dialogs).toEqual([])
  // No page of the app's origin (or of an object URL it made) was opened to show a file.
  expect(watched.popups()).toEqual([])
  await watched.context.close()
}

describe.each([
  { locale: 'zh-CN', s: zhCN.evidenceFiles },
  { locale: 'en-US', s: en.evidenceFiles },
] as const)('evidence files ($locale)', ({ locale, s }) => {
  it('attaches a PDF and a PNG, keeps them across a reload, downloads them byte for byte, prints them, removes with undo', async () => {
    const watched = await open(locale)
    const { page } = watched
    await openQuestionnaire(page, s)
    await attach(page, 0, s, pdfName, pdf, 'application/pdf')
    await attach(page, 1, s, pngName, png, 'image/png')
    await expect
      .poll(async () => (await storedHashes(page)).sort())
      .toEqual([sha256(pdf), sha256(png)].sort())
    // Saved with the answers (the save queue writes within a second).
    await expect
      .poll(async () => (await filesOf(page, 0)).map((f) => f.sha256))
      .toEqual([sha256(pdf)])

    await page.reload()
    await cards(page).nth(1).getByLabel(s.attach).waitFor()
    await cards(page).nth(0).getByText(pdfName).waitFor()
    await cards(page).nth(1).getByText(pngName).waitFor()
    // The PNG is previewed through <img>; the PDF is not.
    await cards(page)
      .nth(1)
      .getByRole('img', { name: fill(s.previewAlt, { name: pngName }) })
      .waitFor()
    expect(await cards(page).nth(0).getByRole('img').count()).toBe(0)

    const downloaded = await downloadBytes(page, fill(s.downloadNamed, { name: pdfName }))
    expect(downloaded.name).toBe(pdfName)
    expect(sha256(downloaded.bytes)).toBe(sha256(pdf))
    const image = await downloadBytes(page, fill(s.downloadNamed, { name: pngName }))
    expect(sha256(image.bytes)).toBe(sha256(png))

    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 320, height: 720 })
    await cards(page).nth(0).getByText(pdfName).scrollIntoViewIfNeeded()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 1280, height: 720 })

    // Remove, then undo: the entry is back, in the answer and in storage.
    await page.getByRole('button', { name: fill(s.removeNamed, { name: pngName }) }).click()
    await cards(page)
      .nth(1)
      .getByText(fill(s.removed, { name: pngName }))
      .waitFor()
    expect(await cards(page).nth(1).getByText(pngName, { exact: true }).count()).toBe(0)
    await expect.poll(async () => (await filesOf(page, 1)).length).toBe(0)
    await cards(page)
      .nth(1)
      .getByRole('button', { name: /^(Undo|撤销)$/ })
      .click()
    await cards(page).nth(1).getByText(pngName, { exact: true }).waitFor()
    await expect.poll(async () => (await filesOf(page, 1)).map((f) => f.name)).toEqual([pngName])

    // The print appendix: each file with its size and SHA-256.
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/print`)
    await page.locator('.print-doc h1').waitFor()
    const appendix = await page.locator('.print-files').allInnerTexts()
    const text = appendix.join('\n')
    expect(text).toContain(pdfName)
    expect(text).toContain(`SHA-256`)
    expect(text).toContain(sha256(pdf))
    expect(text).toContain(sha256(png))
    expect(text).toMatch(/1\.9\s?MB/)
    await closeClean(watched)
  }, 120_000)

  it('says when storage is full, stores nothing half-way and loses nothing', async () => {
    const watched = await open(locale)
    const { page } = watched
    // The disk is "filled" the way the browser reports it (see dataSafety.e2e.test.ts): a put
    // into the files store throws QuotaExceededError once the test flips the switch.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (
          (window as unknown as { __diskFull?: boolean }).__diskFull === true &&
          this.name === 'files'
        )
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    await openQuestionnaire(page, s)
    await attach(page, 0, s, pngName, png, 'image/png')
    await page.evaluate(() => {
      ;(window as unknown as { __diskFull?: boolean }).__diskFull = true
    })
    await cards(page)
      .nth(1)
      .getByLabel(s.attach)
      .setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdf })
    await cards(page)
      .nth(1)
      .getByText(fill(s.quota, { name: pdfName }))
      .waitFor()

    // The estimate says there is no room: refused before anything is written.
    await page.evaluate(() => {
      Object.defineProperty(navigator.storage, 'estimate', {
        value: async () => ({ quota: 10_000_000, usage: 9_000_000 }),
      })
      ;(window as unknown as { __diskFull?: boolean }).__diskFull = false
    })
    await cards(page)
      .nth(1)
      .getByLabel(s.attach)
      .setInputFiles({ name: pdfName, mimeType: 'application/pdf', buffer: pdf })
    await cards(page)
      .nth(1)
      .getByText(
        new RegExp(
          fill(s.noRoom, { name: pdfName, available: '.+', needed: '.+' }).replace(/[()]/g, '.'),
        ),
      )
      .waitFor()

    // Nothing half-way: the PDF is neither stored nor named; the PNG attached before is intact.
    expect(await storedHashes(page)).toEqual([sha256(png)])
    await expect.poll(async () => (await filesOf(page, 0)).map((f) => f.name)).toEqual([pngName])
    expect(await filesOf(page, 1)).toEqual([])
    await page.reload()
    await cards(page).nth(0).getByText(pngName, { exact: true }).waitFor()
    const kept = await downloadBytes(page, fill(s.downloadNamed, { name: pngName }))
    expect(sha256(kept.bytes)).toBe(sha256(png))
    await closeClean(watched)
  }, 120_000)

  it('never runs the script of an attached HTML or SVG file in the app’s origin', async () => {
    const watched = await open(locale)
    const { page } = watched
    const html = Buffer.from(
      '<!doctype html><html><body><script>window.__pwned = "html"; top.__pwned = "html"; alert("html")</script></body></html>',
    )
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>window.__pwned = "svg"; top.__pwned = "svg"; alert("svg")</script><rect width="10" height="10"/></svg>',
    )
    await openQuestionnaire(page, s)
    await attach(page, 0, s, 'report.html', html, 'text/html')
    await attach(page, 0, s, 'chart.svg', svg, 'image/svg+xml')
    // An SVG named like a PNG is still not an image to preview.
    await attach(page, 1, s, 'photo.png', svg.subarray(0, svg.length - 1), 'image/png')
    // Saved before reloading (an unsaved edit would ask before leaving).
    await expect.poll(async () => (await filesOf(page, 1)).length).toBe(1)
    await page.reload()
    await cards(page).nth(1).getByText('photo.png').waitFor()
    expect(await page.locator('.indicator-card img').count()).toBe(0)
    // Every action offered on them: download (there is no preview and no "open").
    for (const name of ['report.html', 'chart.svg', 'photo.png']) {
      const got = await downloadBytes(page, fill(s.downloadNamed, { name }))
      expect(got.name).toBe(name)
    }
    await page.waitForTimeout(500)
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined()
    expect(watched.context.pages()).toEqual([page])
    await closeClean(watched)
  }, 120_000)
})
