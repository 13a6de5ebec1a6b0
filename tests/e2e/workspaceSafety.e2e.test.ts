import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en.json'
import enDepartments from '../../src/i18n/locales/en.departments.json'
import enWorkspace from '../../src/i18n/locales/en.workspace.json'
import zh from '../../src/i18n/locales/zh-CN.json'
import zhDepartments from '../../src/i18n/locales/zh-CN.departments.json'
import zhWorkspace from '../../src/i18n/locales/zh-CN.workspace.json'
import { routes } from '../../src/routes/routes'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { sendPackage } from './departmentSteps'
import { fixtureRelease, loadFixture, seedAssessments } from './seed'

/**
 * A department's work survives the tab being closed before its autosave has run: what was typed
 * 200 ms before closing is there when the package is opened again, as on the questionnaire.
 */
const fixture = loadFixture('hangzhou-2024.assessment.json')
const section = fixtureRelease().meta.dimensions[0]
if (section === undefined) throw new Error('the set has a first section')
const indicator = 'SC-002'

const dir = mkdtempSync(join(tmpdir(), 'workspace-safety-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const browser = useBrowser()

const cases = [
  {
    locale: 'zh-CN',
    core: zh,
    departments: zhDepartments.departments,
    workspace: zhWorkspace.workspace,
    name: '市数据资源局',
    sectionName: section.name.zh,
  },
  {
    locale: 'en-US',
    core: en,
    departments: enDepartments.departments,
    workspace: enWorkspace.workspace,
    name: 'Data Resources Bureau',
    sectionName: section.name.en,
  },
] as const

describe.each(cases)("a department's work when its tab closes ($locale)", (c) => {
  it('loses nothing when the page is closed 200 ms after typing', async () => {
    const packageFile = join(dir, `${c.locale}-package.json`)
    const coordinator = await openWatchedPage(browser(), c.locale)
    await seedAssessments(coordinator.page, [fixture])
    await coordinator.page.goto(`${baseUrl()}${routes.departments.href(fixture.id)}`)
    await sendPackage(coordinator.page, c.departments, c.name, c.sectionName, packageFile)
    await coordinator.context.close()

    const { context, page, problems } = await openWatchedPage(browser(), c.locale)
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('link', { name: c.core.home.departmentLink }).click()
    await page.getByLabel(c.workspace.list.inputLabel).setInputFiles(packageFile)
    await page.waitForURL(/\/department\/[^/]+$/)
    const url = page.url()
    const note = () => page.locator(`#indicator-${indicator}`).getByLabel(c.core.questionnaire.note)
    await note().fill('closing soon 马上关闭')
    await page.waitForTimeout(200)
    page.on('dialog', (d) => void d.accept())
    await page.close({ runBeforeUnload: true })

    const again = await context.newPage()
    await again.goto(url)
    await expect
      .poll(() =>
        again.locator(`#indicator-${indicator}`).getByLabel(c.core.questionnaire.note).inputValue(),
      )
      .toBe('closing soon 马上关闭')
    expect(problems).toEqual([])
    await context.close()
  })
})
