import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { buildPackage, serialisePackage } from '../../src/domain/departments/packageFile'
import { readReturnBytes } from '../../src/domain/departments/readDepartmentFile'
import { testAssessment } from '../../src/domain/testing/testAssessment'
import en from '../../src/i18n/locales/en.json'
import enWorkspace from '../../src/i18n/locales/en.workspace.json'
import zh from '../../src/i18n/locales/zh-CN.json'
import zhWorkspace from '../../src/i18n/locales/zh-CN.workspace.json'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'

/**
 * A department's side in Chromium, in both languages: the package file a coordinator sent is
 * opened from the home page's link, two indicators are answered from the keyboard, a reload keeps
 * them, and "Return to the coordinator" downloads a return that the coordinator's reader accepts,
 * with the answers and the respondent. An assessment export opened as a package is refused with
 * its reason. axe finds nothing on either screen, and neither scrolls sideways at 320 px.
 */
const releases = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../indicators/releases/releases.json'), 'utf8'),
) as { releases: { setId: string; version: string; sha256: string }[] }
const newest = releases.releases.at(-1)
if (newest === undefined) throw new Error('the build has releases')

const dir = mkdtempSync(join(tmpdir(), 'department-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const packagePath = join(dir, '杭州市-2025-交通运输局-package.json')
writeFileSync(
  packagePath,
  serialisePackage(
    buildPackage(
      testAssessment({
        id: 'coordinator-2025',
        year: 2025,
        indicatorSet: { setId: newest.setId, version: newest.version },
        answers: {},
      }),
      { id: 'transport', name: '交通运输局' },
      {
        packageId: 'pkg-transport-e2e',
        departmentId: 'transport',
        createdAt: '2025-03-01T08:00:00.000Z',
        dueDate: '2025-03-31',
        note: '请使用 2024 年度数据。',
        indicatorIds: ['SC-002', 'SC-003', 'SC-014'],
        base: {},
      },
      { sha256: newest.sha256, carry: null },
      '1.0.0',
    ),
  ),
)
const exportPath = resolve(import.meta.dirname, '../fixtures/exports/v3.json')

const browser = useBrowser()

const words = {
  'zh-CN': { core: zh, workspace: zhWorkspace.workspace },
  'en-US': { core: en, workspace: enWorkspace.workspace },
} as const

/** Whether the page scrolls sideways at 320 px wide (after drawing everything). */
const scrollsSideways = async (page: Page) => {
  await page.setViewportSize({ width: 320, height: 720 })
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  await page.setViewportSize({ width: 1280, height: 800 })
  return width > 320
}

describe.each(['zh-CN', 'en-US'] as const)('a department’s workspace, in %s', (locale) => {
  const { core, workspace } = words[locale]

  it('opens a package, answers from the keyboard, keeps the answers over a reload and returns them', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}${routes.home.href()}`)
    await page.getByRole('link', { name: core.home.departmentLink }).click()
    await page.getByRole('heading', { level: 1, name: workspace.list.title }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await scrollsSideways(page)).toBe(false)

    await page.getByLabel(workspace.list.inputLabel).setInputFiles(packagePath)
    await page.waitForURL(/\/department\/pkg-transport-e2e$/)
    await page.getByText(workspace.banner.heading).waitFor()
    expect(
      await page.locator('article.indicator-card').evaluateAll((a) => a.map((e) => e.id)),
    ).toEqual(['indicator-SC-002', 'indicator-SC-003', 'indicator-SC-014'])

    const kpi = page.locator('#indicator-SC-002')
    await kpi.getByRole('textbox').first().focus()
    await page.keyboard.type('45')
    await page.keyboard.press('Tab')
    await page.keyboard.type('50')
    await page
      .locator('#indicator-SC-003')
      .getByRole('checkbox', { name: core.questionnaire.notApplicable })
      .focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.type('尚未建设统一入口')
    await page.locator('.save-status[data-state="saved"]').waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await scrollsSideways(page)).toBe(false)

    await page.reload()
    await page.getByText(workspace.banner.heading).waitFor()
    const [numerator, denominator] = await kpi.getByRole('textbox').all()
    expect(await numerator?.inputValue()).toBe('45')
    expect(await denominator?.inputValue()).toBe('50')
    expect(await page.locator('#SC-003-naReason').inputValue()).toBe('尚未建设统一入口')

    await page.getByLabel(workspace.respondent.name).fill('王伟')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: workspace.return.button }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(
      /^杭州市-2025-交通运输局-return-\d{4}-\d{2}-\d{2}\.json$/,
    )
    const saved = join(dir, `${locale}-${download.suggestedFilename()}`)
    await download.saveAs(saved)
    const read = readReturnBytes(new Uint8Array(readFileSync(saved)))
    expect(read.ok).toBe(true)
    if (!read.ok) return
    expect(read.file.respondent).toEqual({ name: '王伟', department: '交通运输局' })
    expect(read.file.answers['SC-002']?.answer.value).toEqual({
      type: 'ratio',
      numerator: 45,
      denominator: 50,
    })
    expect(read.file.answers['SC-003']?.answer).toEqual({
      notApplicable: { reason: '尚未建设统一入口' },
    })
    expect(Object.keys(read.file.answers).sort()).toEqual(['SC-002', 'SC-003'])
    expect(problems).toEqual([])
    await context.close()
  })

  it('refuses an assessment export opened as a package, saying where it belongs', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}${routes.departmentResponses.href()}`)
    await page.getByLabel(workspace.list.inputLabel).setInputFiles(exportPath)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain(
      workspace.problem['other-kind']['assessment-export'],
    )
    expect(await alert.textContent()).toContain(workspace.list.nothingStored)
    await page.getByText(workspace.list.empty).waitFor()
    expect(await axeViolations(page)).toEqual([])
    expect(await scrollsSideways(page)).toBe(false)
    expect(problems).toEqual([])
    await context.close()
  })
})
