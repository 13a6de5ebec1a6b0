import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { putStoredRecords } from './seed'

const browser = useBrowser()

const text = {
  'zh-CN': {
    damaged: /有 1 条本机记录无法读取/,
    collision: /南京市 2024 已存在|已存在/,
    replace: '用文件中的评估替换本浏览器中的评估',
    confirm: '导入',
    replaced: /替换：1 份/,
    notSaving: /修改没有被保存/,
    home: '评估列表',
    exportAll: '全部导出（JSON）',
    importLabel: '导入…',
    note: '备注',
  },
  'en-US': {
    damaged: /1 stored record\(s\) could not be read/,
    collision: /already exists/,
    replace: 'Replace the one in this browser with the one in the file',
    confirm: 'Import',
    replaced: /Replaced: 1/,
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
    const { page, context } = await openWatchedPage(browser(), locale)
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
    const fresh = await openWatchedPage(browser(), locale)
    await fresh.page.goto(`${baseUrl()}/`)
    await fresh.page.locator('input[type=file]').setInputFiles(path)
    await expect
      .poll(() => fresh.page.getByRole('link', { name: '南京市' }).count(), { timeout: 5000 })
      .toBe(1)
    await fresh.page.getByRole('link', { name: '南京市' }).click()
    await expect
      .poll(() => fresh.page.locator('.indicator-card').first().getByLabel(l.note).inputValue())
      .toBe('磁盘已满时写的备注 written while the disk is full')

    // Importing the same file again never overwrites silently: the user chooses.
    await fresh.page.getByRole('link', { name: l.home }).first().click()
    await fresh.page.locator('input[type=file]').setInputFiles(path)
    await expect
      .poll(() => fresh.page.getByText(l.collision).count(), { timeout: 5000 })
      .toBeGreaterThan(0)
    await fresh.page.getByLabel(l.replace).check()
    await fresh.page.getByRole('button', { name: l.confirm, exact: true }).click()
    await expect
      .poll(() => fresh.page.getByText(l.replaced).count(), { timeout: 5000 })
      .toBeGreaterThan(0)
    expect(await fresh.page.getByRole('link', { name: '南京市' }).count()).toBe(1)
    expect(fresh.problems).toEqual([])
    await fresh.context.close()
  })

  it('keeps a corrupt stored record aside byte for byte, still loads the others, and says so', async () => {
    const { page, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    const raw =
      '{"format":"smartcity-assessment","schemaVersion":1,"assessment":{"city":"截断的记录'
    await putStoredRecords(page, [['corrupt-record-1', raw]])
    await page.reload()
    await expect.poll(() => page.getByText(l.damaged).count(), { timeout: 5000 }).toBeGreaterThan(0)
    const kept = await page.evaluate(
      async () =>
        await new Promise<unknown[]>((done) => {
          const open = indexedDB.open('smart-city-maturity')
          open.onsuccess = () => {
            const tx = open.result.transaction(['assessments', 'quarantine'], 'readonly')
            const original = tx.objectStore('assessments').get('corrupt-record-1')
            const copy = tx.objectStore('quarantine').get('corrupt-record-1')
            tx.oncomplete = () => done([original.result, (copy.result as { raw: string }).raw])
          }
        }),
    )
    expect(kept).toEqual([raw, raw])
    await context.close()
  })
})
