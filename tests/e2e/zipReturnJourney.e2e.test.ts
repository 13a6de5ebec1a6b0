import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import en from '../../src/i18n/locales/en.json'
import enDepartments from '../../src/i18n/locales/en.departments.json'
import enFiles from '../../src/i18n/locales/en.files.json'
import enMerge from '../../src/i18n/locales/en.merge.json'
import enWorkspace from '../../src/i18n/locales/en.workspace.json'
import enZipReturn from '../../src/i18n/locales/en.zipreturn.json'
import zh from '../../src/i18n/locales/zh-CN.json'
import zhDepartments from '../../src/i18n/locales/zh-CN.departments.json'
import zhFiles from '../../src/i18n/locales/zh-CN.files.json'
import zhMerge from '../../src/i18n/locales/zh-CN.merge.json'
import zhWorkspace from '../../src/i18n/locales/zh-CN.workspace.json'
import zhZipReturn from '../../src/i18n/locales/zh-CN.zipreturn.json'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { sendPackage } from './departmentSteps'
import { onePixelPng, pdfLike, sha256 } from './sampleFiles'
import { fixtureRelease, loadFixture, seedAssessments, storedRecord } from './seed'
import { storedFiles } from './storedFiles'

/**
 * Evidence files travel from a department to the coordinator in a ZIP return, in two browser
 * profiles (no shared storage): the coordinator sends a section's package; the department, in its
 * own browser, attaches a PDF of about 1 MB to one answer it changes and a PNG to one it leaves as
 * it was, reloads (both files stay), and returns. The return is a ZIP holding the return file and
 * both files by SHA-256. The coordinator's merge screen lists each answer's files on both sides,
 * merging stores both files byte for byte and names them in the answers, and the questionnaire
 * cards list them. In both languages.
 */
const fixture = loadFixture('hangzhou-2024.assessment.json')
const section = fixtureRelease().meta.dimensions[0]
if (section === undefined) throw new Error('the set has a first section')
/** Two indicators of the first section: one the department changes, one it only documents. */
const changed = 'SC-002'
const documented = 'SC-008'
for (const id of [changed, documented])
  if (fixture.answers[id]?.value?.type !== 'kpi') throw new Error(`${id} must be a KPI answer`)

const pdf = pdfLike(1_000_000, 11)
const pdfSha = sha256(pdf)
const pngSha = sha256(onePixelPng)

const dir = mkdtempSync(join(tmpdir(), 'zip-return-journey-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const browser = useBrowser()

const cases = [
  {
    locale: 'zh-CN',
    lang: 'zh-CN',
    side: 'zh',
    core: zh,
    departments: zhDepartments.departments,
    files: zhFiles.evidenceFiles,
    merge: zhMerge.merge,
    workspace: zhWorkspace.workspace,
    zipReturn: zhZipReturn.zipReturn,
    department: '市数据资源局',
    person: '李明',
    pdfName: '政务热线年度报告.pdf',
    pngName: '开放数据门户截图.png',
  },
  {
    locale: 'en-US',
    lang: 'en',
    side: 'en',
    core: en,
    departments: enDepartments.departments,
    files: enFiles.evidenceFiles,
    merge: enMerge.merge,
    workspace: enWorkspace.workspace,
    zipReturn: enZipReturn.zipReturn,
    department: 'Data Resources Bureau',
    person: 'Li Ming',
    pdfName: 'Hotline annual report.pdf',
    pngName: 'Open data portal.png',
  },
] as const

const fill = (text: string, values: Record<string, string>) =>
  Object.entries(values).reduce((s, [k, v]) => s.replace(`{{${k}}}`, v), text)

describe.each(cases)('a department returns evidence files in a ZIP ($locale)', (c) => {
  const card = (page: Page, id: string) => page.locator(`#indicator-${id}`)

  /** Attaches a file on a card and waits until it is stored and listed. */
  const attach = async (page: Page, id: string, name: string, buffer: Buffer, type: string) => {
    await card(page, id).getByLabel(c.files.attach).setInputFiles({ name, mimeType: type, buffer })
    await card(page, id).getByText(fill(c.files.attached, { name })).waitFor()
  }

  it('attached in the department’s browser, carried by the return, stored and listed by the coordinator', async () => {
    const packageFile = join(dir, `${c.lang}-package.json`)
    const returnFile = join(dir, `${c.lang}-return.zip`)

    const coordinator = await openWatchedPage(browser(), c.locale)
    const { page } = coordinator
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}${routes.departments.href(fixture.id)}`)
    await page.getByRole('heading', { level: 1, name: c.departments.title }).waitFor()
    await sendPackage(page, c.departments, c.department, section.name[c.side], packageFile)

    // The department, in a browser of its own: one answer changed with a PDF, one documented.
    const department = await openWatchedPage(browser(), c.locale)
    const d = department.page
    await d.goto(`${baseUrl()}/`)
    await d.getByRole('link', { name: c.core.home.departmentLink }).click()
    await d.getByLabel(c.workspace.list.inputLabel).setInputFiles(packageFile)
    await d.waitForURL(/\/department\/[^/]+$/)
    await d.getByText(c.workspace.banner.heading).waitFor()
    await card(d, changed).getByRole('textbox').first().fill('95')
    await attach(d, changed, c.pdfName, pdf, 'application/pdf')
    await attach(d, documented, c.pngName, onePixelPng, 'image/png')
    await d.locator('.save-status[data-state="saved"]').waitFor()
    await d.reload()
    await d.getByText(c.workspace.banner.heading).waitFor()
    await card(d, changed).getByText(c.pdfName, { exact: true }).waitFor()
    await card(d, documented).getByText(c.pngName, { exact: true }).waitFor()
    await d.getByLabel(c.workspace.respondent.name).fill(c.person)
    const [download] = await Promise.all([
      d.waitForEvent('download'),
      d.getByRole('button', { name: c.workspace.return.button }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.zip$/)
    await download.saveAs(returnFile)
    expect(await axeViolations(d)).toEqual([])

    // The return: return.json and both files, each under its SHA-256.
    const entries = unzipSync(new Uint8Array(readFileSync(returnFile)))
    expect(Object.keys(entries).sort()).toEqual(
      ['return.json', `files/${pdfSha}`, `files/${pngSha}`].sort(),
    )
    expect(sha256(entries[`files/${pdfSha}`] ?? new Uint8Array())).toBe(pdfSha)

    // The coordinator's browser keeps neither file until the merge.
    expect(await storedFiles(page)).toEqual([])
    await page.goto(`${baseUrl()}${routes.merge.href(fixture.id)}`)
    await page.getByLabel(c.merge.pick.inputLabel).setInputFiles(returnFile)
    const entry = (id: string) =>
      page.locator('section.merge-entry', { has: page.getByRole('heading', { name: id }) })
    await entry(changed).waitFor()
    for (const [id, name] of [
      [changed, c.pdfName],
      [documented, c.pngName],
    ] as const) {
      const text = await entry(id).textContent()
      expect(text, id).toContain(c.merge.kind.different)
      expect(text, id).toContain(name)
      // The coordinator's side says it has none.
      expect(text, id).toContain(c.zipReturn.noFiles)
    }
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: c.merge.acceptAll }).click()
    await page.getByRole('button', { name: c.merge.merge, exact: true }).click()
    await page.getByRole('button', { name: c.merge.undo }).waitFor()

    // Stored byte for byte, named in the answers with the department as their source.
    const files = await storedFiles(page)
    expect(files.map((f) => [f.key, f.sha256, f.size]).sort()).toEqual(
      [
        [pdfSha, pdfSha, pdf.length],
        [pngSha, pngSha, onePixelPng.length],
      ].sort(),
    )
    const merged = await storedRecord(page, fixture.id)
    expect(merged.answers[changed]?.value).toEqual({ type: 'kpi', value: 95 })
    expect(merged.answers[changed]?.files?.map((f) => [f.name, f.sha256])).toEqual([
      [c.pdfName, pdfSha],
    ])
    expect(merged.answers[documented]?.value).toEqual(fixture.answers[documented]?.value)
    expect(merged.answers[documented]?.files?.map((f) => [f.name, f.sha256])).toEqual([
      [c.pngName, pngSha],
    ])
    expect(merged.answers[changed]?.merged).toMatchObject({
      department: c.department,
      person: c.person,
    })

    // The questionnaire's cards list them.
    await page.goto(`${baseUrl()}${routes.questionnaire.href(fixture.id, changed)}`)
    await card(page, changed).getByText(c.pdfName, { exact: true }).waitFor()
    await page.goto(`${baseUrl()}${routes.questionnaire.href(fixture.id, documented)}`)
    await card(page, documented).getByText(c.pngName, { exact: true }).waitFor()

    for (const w of [coordinator, department]) expect(w.problems).toEqual([])
    for (const w of [coordinator, department]) await w.context.close()
  }, 120_000)
})
