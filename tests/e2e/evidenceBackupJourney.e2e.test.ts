import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import enExchange from '../../src/i18n/locales/en.exchange.json'
import enFiles from '../../src/i18n/locales/en.files.json'
import zhExchange from '../../src/i18n/locales/zh-CN.exchange.json'
import zhFiles from '../../src/i18n/locales/zh-CN.files.json'
import { routes } from '../../src/routes/routes'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { onePixelPng, pdfLike, sha256 } from './sampleFiles'
import { loadFixture, seedAssessments, storedRecord } from './seed'
import { storedFiles } from './storedFiles'

/**
 * Evidence files from the first click to another computer, in one journey per language: a PDF of
 * about 2 MB and a PNG are attached on the questionnaire from real files, survive a reload, go
 * into "Export everything (ZIP)", and come back from that archive in a fresh browser profile byte
 * for byte (the same SHA-256, read back from IndexedDB), with the assessment unchanged; there the
 * print appendix lists both files with their hashes.
 */
const browser = useBrowser()
const fixture = { ...loadFixture('hangzhou-2024.assessment.json'), answers: {} }
const dir = mkdtempSync(join(tmpdir(), 'evidence-backup-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** About 2 MB that does not compress, behind a PDF header (as a scanned report is). */
const pdf = pdfLike(2_100_000, 987654)
const png = onePixelPng
const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1)
const expectedFiles = [
  { key: sha256(pdf), size: pdf.length, sha256: sha256(pdf) },
  { key: sha256(png), size: png.length, sha256: sha256(png) },
].sort(byKey)

describe.each([
  { locale: 'zh-CN', files: zhFiles.evidenceFiles, exchange: zhExchange.exchange },
  { locale: 'en-US', files: enFiles.evidenceFiles, exchange: enExchange.exchange },
] as const)('evidence files travel in the full backup ($locale)', ({ locale, files, exchange }) => {
  it('attaches, reloads, exports the ZIP, restores it elsewhere byte for byte and prints the files', async () => {
    const attachedName = (name: string) => files.attached.replace('{{name}}', name)
    const names = ['2024 年度 12345 热线运行报告.pdf', '公共数据开放平台首页.png']
    const [pdfName, pngName] = names as [string, string]

    const office = await openWatchedPage(browser(), locale)
    const { page } = office
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}${routes.questionnaire.href(fixture.id)}`)
    const cards = page.locator('.indicator-card')
    for (const [card, name, buffer, mimeType] of [
      [0, pdfName, pdf, 'application/pdf'],
      [1, pngName, png, 'image/png'],
    ] as const) {
      await cards.nth(card).getByLabel(files.attach).setInputFiles({ name, mimeType, buffer })
      await cards.nth(card).getByText(attachedName(name)).waitFor()
    }
    await expect
      .poll(async () =>
        Object.values((await storedRecord(page, fixture.id)).answers).flatMap(
          (a) => a?.files?.map((f) => f.name) ?? [],
        ),
      )
      .toEqual(names)
    await page.reload()
    await cards.nth(0).getByText(pdfName).waitFor()
    await cards.nth(1).getByText(pngName).waitFor()
    expect((await storedFiles(page)).sort(byKey)).toEqual(expectedFiles)
    const stored = await storedRecord(page, fixture.id)

    await page.goto(`${baseUrl()}/`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: exchange.exportZip }).click(),
    ])
    const archive = join(dir, `backup-${locale}.zip`)
    await download.saveAs(archive)
    expect(office.problems).toEqual([])
    await office.context.close()

    // Another computer: a fresh profile, the archive, nothing else.
    const elsewhere = await openWatchedPage(browser(), locale)
    await elsewhere.page.goto(`${baseUrl()}/`)
    await elsewhere.page.getByLabel(exchange.import.inputLabel).setInputFiles(archive)
    await elsewhere.page.getByText(exchange.summary.title).waitFor()
    expect(await storedRecord(elsewhere.page, fixture.id)).toEqual(stored)
    expect((await storedFiles(elsewhere.page)).sort(byKey)).toEqual(expectedFiles)

    await elsewhere.page.goto(`${baseUrl()}${routes.print.href(fixture.id)}`)
    await elsewhere.page.locator('.print-doc h1').waitFor()
    const appendix = (await elsewhere.page.locator('.print-files').allInnerTexts()).join('\n')
    for (const [name, bytes] of [
      [pdfName, pdf],
      [pngName, png],
    ] as const) {
      expect(appendix).toContain(name)
      expect(appendix).toContain(sha256(bytes))
    }
    expect(elsewhere.problems).toEqual([])
    await elsewhere.context.close()
  }, 120_000)
})
