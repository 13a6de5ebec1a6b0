import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { baseUrl, launchBrowser, openWatchedPage } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

const text = {
  'zh-CN': {
    notSaving: /修改没有被保存/,
    home: '评估列表',
    exportAll: '全部导出（JSON）',
    importLabel: '导入…',
    note: '备注',
  },
  'en-US': {
    notSaving: /Changes are NOT being saved/,
    home: 'Assessments',
    exportAll: 'Export all (JSON)',
    importLabel: 'Import…',
    note: 'Notes',
  },
} as const

describe.each(['zh-CN', 'en-US'] as const)('data safety (%s)', (locale) => {
  const l = text[locale]

  it('shows the storage-full banner and still exports every edit; the file imports into a fresh browser', async () => {
    const { page, context } = await openWatchedPage(browser, locale)
    // Chromium does not enforce a quota override (CDP Storage.overrideQuotaForOrigin, quota 1 byte)
    // on small IndexedDB writes — measured: the write still succeeds. So the disk is "filled" the way
    // the browser reports it: put() throws QuotaExceededError once the test flips the switch.
    await page.addInitScript(() => {
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if ((window as unknown as { __diskFull?: boolean }).__diskFull === true) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        }
        return put.apply(this, args)
      }
    })
    await page.goto(`${baseUrl()}/new`)
    await page.locator('#city').fill('南京市')
    await page.locator('#year').fill('2024')
    await page.locator('form button[type=submit]').click()
    await page.waitForURL(/\/assessments\//)
    await page.locator('.indicator-card').first().waitFor()

    await page.evaluate(() => {
      ;(window as unknown as { __diskFull?: boolean }).__diskFull = true
    })
    await page
      .locator('.indicator-card')
      .first()
      .getByLabel(l.note)
      .fill('磁盘已满时写的备注 written while the disk is full')
    await expect
      .poll(() => page.getByText(l.notSaving).count(), { timeout: 5000 })
      .toBeGreaterThan(0)

    // Export still works, from memory, with the unsaved edit in it.
    await page.getByRole('link', { name: l.home }).first().click()
    expect(await page.getByText(l.notSaving).count()).toBeGreaterThan(0)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: l.exportAll }).click(),
    ])
    // Keep the file: a download disappears with the context that made it.
    const path = join(mkdtempSync(join(tmpdir(), 'scm-export-')), download.suggestedFilename())
    await download.saveAs(path)
    const exported = readFileSync(path, 'utf8')
    expect(exported).toContain('磁盘已满时写的备注 written while the disk is full')
    await context.close()

    // The backup loop: import the file into an empty browser profile.
    const fresh = await openWatchedPage(browser, locale)
    await fresh.page.goto(`${baseUrl()}/`)
    await fresh.page.locator('input[type=file]').setInputFiles(path)
    await expect
      .poll(() => fresh.page.getByRole('link', { name: '南京市' }).count(), { timeout: 5000 })
      .toBe(1)
    await fresh.page.getByRole('link', { name: '南京市' }).click()
    await expect
      .poll(() => fresh.page.locator('.indicator-card').first().getByLabel(l.note).inputValue())
      .toBe('磁盘已满时写的备注 written while the disk is full')
    expect(fresh.problems).toEqual([])
    await fresh.context.close()
  })
})
