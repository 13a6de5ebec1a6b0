import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { wrapAssessment } from '../../src/domain/assessment/envelope'
import { buildExport, serialiseExport } from '../../src/domain/exchange/exportFile'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { loadFixture, putStoredRecords, seedAssessments } from './seed'

const browser = useBrowser()
const fixture = loadFixture('hangzhou-2024.assessment.json')
const originalNote = fixture.answers['SC-001']?.note

/** One stored record of each kind the app cannot read, exactly as this text under its key. */
const damaged: Record<string, string> = {
  'future-record-0001': JSON.stringify({
    format: 'smartcity-assessment',
    schemaVersion: 5,
    appVersion: '9.0.0',
    savedAt: '2031-01-01T00:00:00.000Z',
    assessment: { id: 'future-record-0001', city: '苏州市', year: 2031, newField: ['未来'] },
  }),
  'corrupt-record-0001':
    '{"format":"smartcity-assessment","schemaVersion":1,"assessment":{"city":"截断的记录',
  'invalid-record-0001': JSON.stringify(
    wrapAssessment(
      { ...fixture, id: 'invalid-record-0001', city: '温州市', year: 1999 },
      '1.0.0',
      fixture.updatedAt,
    ),
  ),
}

const text = {
  'zh-CN': {
    list: '无法读取的记录（3 条）',
    reasons: {
      'future-record-0001': '由更新版本的本工具创建（格式版本 5；本工具最高读取版本 3）',
      'corrupt-record-0001': '存储的文本不是有效的 JSON',
      'invalid-record-0001': '内容与格式不符：assessment.year',
    },
    notice: /有 3 条本机记录无法读取，不在“全部导出（JSON）”中：请先下载它们/,
    exportAll: '全部导出（JSON）',
    replace: '用文件中的评估替换本浏览器中的评估',
    confirm: '导入',
    replaced: /替换：1 份/,
    backups: '自动备份（1 份）',
    restore: /^恢复 杭州市 2024/,
    restored: /已恢复 杭州市 2024（保存于 .*）。\s?被替换的版本已成为最新的备份。/,
    exportJson: '将 杭州市 2024 导出为 JSON（可重新导入）',
  },
  'en-US': {
    list: 'Records that could not be read (3)',
    reasons: {
      'future-record-0001':
        'made by a newer version of this app (format 5; this app reads up to 3)',
      'corrupt-record-0001': 'the stored text is not valid JSON',
      'invalid-record-0001': 'the content does not match the format: assessment.year',
    },
    notice:
      /3 stored record\(s\) could not be read and are not in “Export all \(JSON\)”: download them first/,
    exportAll: 'Export all (JSON)',
    replace: 'Replace the one in this browser with the one in the file',
    confirm: 'Import',
    replaced: /Replaced: 1/,
    backups: 'Automatic backups (1)',
    restore: /^Restore 杭州市 2024 as saved/,
    restored:
      /杭州市 2024 is restored as saved .*\. The version it replaced is now the newest backup\./,
    exportJson: 'Export 杭州市 2024 as JSON (for import)',
  },
} as const

/** Clicks `name` and keeps the file it downloads (a download disappears with its context). */
const downloadBy = async (
  page: Page,
  click: () => Promise<void>,
): Promise<{ download: Download; bytes: Buffer }> => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()])
  const path = join(mkdtempSync(join(tmpdir(), 'scm-rescue-')), download.suggestedFilename())
  await download.saveAs(path)
  return { download, bytes: readFileSync(path) }
}

describe.each(['zh-CN', 'en-US'] as const)('rescuing data (%s)', (locale) => {
  const l = text[locale]

  it('lists three unreadable records with their reasons, downloads each byte for byte, and warns before "Export all" leaves them out', async () => {
    const { page, context, problems } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [fixture])
    await putStoredRecords(page, Object.entries(damaged))
    await page.goto(`${baseUrl()}/`)

    const list = page.getByRole('region', { name: l.list })
    await list.waitFor()
    for (const [key, reason] of Object.entries(l.reasons)) {
      const item = list.getByRole('listitem').filter({ hasText: key })
      await expect.poll(() => item.textContent()).toContain(reason)
    }

    for (const [key, raw] of Object.entries(damaged)) {
      const { bytes } = await downloadBy(page, () =>
        list.getByRole('button', { name: new RegExp(key) }).click(),
      )
      expect(bytes.equals(Buffer.from(raw, 'utf8')), key).toBe(true)
    }

    // The warning stands right above "Export all", before anything is clicked.
    const notice = page.getByText(l.notice)
    await notice.waitFor()
    const exportAll = page.getByRole('button', { name: l.exportAll })
    const [noticeBox, buttonBox] = [await notice.boundingBox(), await exportAll.boundingBox()]
    expect((noticeBox?.y ?? Infinity) < (buttonBox?.y ?? 0)).toBe(true)
    const { bytes } = await downloadBy(page, () => exportAll.click())
    const exported = bytes.toString('utf8')
    expect(exported).toContain(fixture.id)
    for (const key of Object.keys(damaged)) expect(exported).not.toContain(key)

    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('restores an assessment that an import replaced, from the backups on the home page', async () => {
    const { page, context, problems } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('link', { name: fixture.city }).waitFor()

    // A real backup: import a file whose 杭州市 2024 replaces the stored one.
    const importedNote = 'note brought in by the import 导入带来的备注'
    const incoming = {
      ...fixture,
      answers: {
        ...fixture.answers,
        'SC-001': { ...fixture.answers['SC-001'], note: importedNote },
      },
    }
    const path = join(mkdtempSync(join(tmpdir(), 'scm-rescue-')), 'replacement.json')
    writeFileSync(path, serialiseExport(buildExport([incoming], '1.0.0', fixture.updatedAt)))
    await page.locator('input[type=file]').setInputFiles(path)
    await page.getByLabel(l.replace).check()
    await page.getByRole('button', { name: l.confirm, exact: true }).click()
    await page.getByText(l.replaced).waitFor()

    const panel = page.getByRole('region', { name: l.backups })
    await panel.waitFor()
    expect(await axeViolations(page)).toEqual([])
    await panel.getByRole('button', { name: l.restore }).click()
    await page.getByText(l.restored).waitFor()

    // The stored assessment holds the version from before the import again.
    const { bytes } = await downloadBy(page, () =>
      page.getByRole('button', { name: l.exportJson }).click(),
    )
    const file = JSON.parse(bytes.toString('utf8')) as {
      assessments: { answers: Record<string, { note?: string }> }[]
    }
    expect(file.assessments[0]?.answers['SC-001']?.note).toBe(originalNote)
    expect(problems).toEqual([])
    await context.close()
  })
})
