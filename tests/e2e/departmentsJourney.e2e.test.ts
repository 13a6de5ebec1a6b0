import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import type { Answer } from '../../src/domain/assessment/answer'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { capabilityIds } from '../../src/domain/indicators/schema'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import en from '../../src/i18n/locales/en.json'
import enDepartments from '../../src/i18n/locales/en.departments.json'
import enMerge from '../../src/i18n/locales/en.merge.json'
import enWorkspace from '../../src/i18n/locales/en.workspace.json'
import zh from '../../src/i18n/locales/zh-CN.json'
import zhDepartments from '../../src/i18n/locales/zh-CN.departments.json'
import zhMerge from '../../src/i18n/locales/zh-CN.merge.json'
import zhWorkspace from '../../src/i18n/locales/zh-CN.workspace.json'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser, type Watched } from './browser'
import { sendPackage } from './departmentSteps'
import { fixtureRelease, loadFixture, seedAssessments, storedRecord } from './seed'

/**
 * How a city really fills in its assessment, in three separate browser profiles (no shared
 * storage, files carried between them as a person would): the coordinating office assigns two
 * sections to two departments and exports their packages; each department opens its package in
 * its own browser, answers, reloads (the answers stay) and exports a return; meanwhile the
 * coordinator changes one of the answers sent out. The coordinator imports both returns: the
 * first has a different answer and a conflict, which is resolved by accepting the department's
 * figure; the second fills a gap. The results change exactly as the scoring engine says, the
 * print appendix names the department of each merged answer, and undo restores the assessment as
 * it was before the last merge. In both languages.
 */
const fixture = loadFixture('hangzhou-2024.assessment.json')
const set = fixtureRelease()
const [first, second] = set.meta.dimensions
if (first === undefined || second === undefined) throw new Error('the set has two dimensions')

/** Indicators of the plan: what each department changes, and what the coordinator changes. */
const plan = {
  /** Section 1, answered 92.3 in the fixture: the first department reports 95 (different). */
  different: 'SC-002',
  /** Section 1, 91 in the fixture; the coordinator changes it to 90 after sending the package,
   * the department reports 93.5 (conflict), and the coordinator accepts the department's. */
  conflict: 'SC-008',
  /** Section 2, unanswered in the fixture: the second department answers it (new). */
  fresh: 'SC-015',
} as const
const kpi = (value: number): Answer['value'] => ({ type: 'kpi', value })
for (const id of [plan.different, plan.conflict])
  if (fixture.answers[id]?.value?.type !== 'kpi') throw new Error(`${id} must be a KPI answer`)
if (fixture.answers[plan.fresh] !== undefined) throw new Error(`${plan.fresh} must be unanswered`)

const dir = mkdtempSync(join(tmpdir(), 'departments-journey-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const browser = useBrowser()

const cases = [
  {
    locale: 'zh-CN',
    lang: 'zh-CN',
    side: 'zh',
    core: zh,
    departments: zhDepartments.departments,
    merge: zhMerge.merge,
    workspace: zhWorkspace.workspace,
    names: ['市交通运输局', '市城市管理局'],
    people: ['王芳', '陈静'],
  },
  {
    locale: 'en-US',
    lang: 'en',
    side: 'en',
    core: en,
    departments: enDepartments.departments,
    merge: enMerge.merge,
    workspace: enWorkspace.workspace,
    names: ['Transport Bureau', 'Urban Management Bureau'],
    people: ['Wang Fang', 'Chen Jing'],
  },
] as const

/** The five capability scores on the results screen, as shown (null: not scored). */
const shownScores = async (page: Page, id: string) => {
  await page.goto(`${baseUrl()}${routes.results.href(id)}`)
  const table = page.locator('.results-capability-table table.report-table')
  await table.waitFor()
  const cells = await table.locator('tbody tr td:first-of-type').allTextContents()
  return cells.map((cell) => (/\d/.test(cell) ? cell : null))
}

/** An answer without where it came from: what the scores and the comparisons look at. */
const content = (answers: Assessment['answers']) =>
  Object.fromEntries(
    Object.entries(answers).map(([id, a]) => {
      const copy = { ...a }
      delete copy.merged
      return [id, copy]
    }),
  )

describe.each(cases)('departments answer, the coordinator merges ($locale)', (c) => {
  const score1 = new Intl.NumberFormat(c.lang, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  const expectedScores = (answers: Assessment['answers']) => {
    const scored = scoreAssessment(set, answers, fixture.cityLevel)
    return capabilityIds.map((id) => {
      const s = scored.capabilities[id].score
      return s === null ? null : score1.format(s)
    })
  }
  const [nameA, nameB] = c.names
  const [personA, personB] = c.people

  /** A department, in a browser of its own: opens its package, answers, reloads, returns. */
  const answerAsDepartment = async (
    packageFile: string,
    answers: Record<string, string>,
    person: string,
    returnFile: string,
  ): Promise<Watched> => {
    const watched = await openWatchedPage(browser(), c.locale)
    const { page } = watched
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('link', { name: c.core.home.departmentLink }).click()
    await page.getByLabel(c.workspace.list.inputLabel).setInputFiles(packageFile)
    await page.waitForURL(/\/department\/[^/]+$/)
    await page.getByText(c.workspace.banner.heading).waitFor()
    for (const [id, value] of Object.entries(answers)) {
      const card = page.locator(`#indicator-${id}`)
      // A KPI without an answer starts in numerator / denominator entry: switch to the value.
      await card.getByRole('radio', { name: c.core.questionnaire.asValue }).check()
      await card.getByRole('textbox').first().fill(value)
    }
    await page.locator('.save-status[data-state="saved"]').waitFor()
    await page.reload()
    await page.getByText(c.workspace.banner.heading).waitFor()
    for (const [id, value] of Object.entries(answers))
      expect(await page.locator(`#indicator-${id}`).getByRole('textbox').first().inputValue()).toBe(
        value,
      )
    await page.getByLabel(c.workspace.respondent.name).fill(person)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: c.workspace.return.button }).click(),
    ])
    await download.saveAs(returnFile)
    expect(await axeViolations(page)).toEqual([])
    return watched
  }

  const entry = (page: Page, id: string) =>
    page.locator('section.merge-entry', { has: page.getByRole('heading', { name: id }) })

  it('three profiles: packages out, answers back, one conflict resolved, merged, undone', async () => {
    const file = (name: string) => join(dir, `${c.lang}-${name}.json`)

    // The coordinator's browser: two departments, a section each, two packages.
    const coordinator = await openWatchedPage(browser(), c.locale)
    const { page } = coordinator
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}${routes.departments.href(fixture.id)}`)
    await page.getByRole('heading', { level: 1, name: c.departments.title }).waitFor()
    await sendPackage(page, c.departments, nameA, first.name[c.side], file('package-a'))
    await sendPackage(page, c.departments, nameB, second.name[c.side], file('package-b'))
    expect(await axeViolations(page)).toEqual([])

    // After the packages left, the coordinator corrects an answer sent to the first department.
    await page.goto(`${baseUrl()}${routes.questionnaire.href(fixture.id, plan.conflict)}`)
    await page.locator(`#indicator-${plan.conflict}`).getByRole('textbox').first().fill('90')
    await expect
      .poll(async () => (await storedRecord(page, fixture.id)).answers[plan.conflict]?.value)
      .toEqual(kpi(90))

    // Each department in a browser profile of its own.
    const departmentA = await answerAsDepartment(
      file('package-a'),
      { [plan.different]: '95', [plan.conflict]: '93.5' },
      personA,
      file('return-a'),
    )
    const departmentB = await answerAsDepartment(
      file('package-b'),
      { [plan.fresh]: '50' },
      personB,
      file('return-b'),
    )

    // The coordinator merges the first return: one different answer, one conflict.
    const beforeMerges = await storedRecord(page, fixture.id)
    await page.goto(`${baseUrl()}${routes.merge.href(fixture.id)}`)
    await page.getByLabel(c.merge.pick.inputLabel).setInputFiles(file('return-a'))
    await entry(page, plan.conflict).waitFor()
    expect(await entry(page, plan.different).textContent()).toContain(c.merge.kind.different)
    expect(await entry(page, plan.conflict).textContent()).toContain(c.merge.kind.conflict)
    // A conflict is never taken by default: only the coordinator decides.
    expect(
      await entry(page, plan.conflict)
        .getByRole('radio', { name: c.merge.decision.keep })
        .isChecked(),
    ).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: c.merge.acceptAll }).click()
    await entry(page, plan.conflict).getByRole('radio', { name: c.merge.decision.accept }).check()
    await page.getByRole('button', { name: c.merge.merge, exact: true }).click()
    await page.getByRole('button', { name: c.merge.undo }).waitFor()
    const afterFirst = await storedRecord(page, fixture.id)
    expect(afterFirst.answers[plan.different]?.value).toEqual(kpi(95))
    expect(afterFirst.answers[plan.conflict]?.value).toEqual(kpi(93.5))
    expect(afterFirst.answers[plan.conflict]?.merged).toMatchObject({
      department: nameA,
      person: personA,
    })

    // The second return fills a gap.
    await page.getByLabel(c.merge.pick.inputLabel).setInputFiles(file('return-b'))
    await entry(page, plan.fresh).waitFor()
    expect(await entry(page, plan.fresh).textContent()).toContain(c.merge.kind.new)
    await page.getByRole('button', { name: c.merge.merge, exact: true }).click()
    await expect
      .poll(async () => (await storedRecord(page, fixture.id)).answers[plan.fresh]?.value)
      .toEqual(kpi(50))
    const afterBoth = await storedRecord(page, fixture.id)
    expect(afterBoth.answers[plan.fresh]?.merged).toMatchObject({
      department: nameB,
      person: personB,
    })
    // Only the three returned answers changed, to what the departments said.
    expect(content(afterBoth.answers)).toEqual({
      ...content(beforeMerges.answers),
      [plan.different]: { ...beforeMerges.answers[plan.different], value: kpi(95) },
      [plan.conflict]: { ...beforeMerges.answers[plan.conflict], value: kpi(93.5) },
      [plan.fresh]: { value: kpi(50) },
    })

    // The results follow the merged answers, as the engine scores them.
    expect(expectedScores(afterBoth.answers)).not.toEqual(expectedScores(beforeMerges.answers))
    const results = await openWatchedPage(browser(), c.locale, coordinator.context)
    expect(await shownScores(results.page, fixture.id)).toEqual(expectedScores(afterBoth.answers))

    // The print appendix names the department of each merged answer.
    await results.page.goto(`${baseUrl()}${routes.print.href(fixture.id)}`)
    for (const [id, name] of [
      [plan.different, nameA],
      [plan.conflict, nameA],
      [plan.fresh, nameB],
    ] as const) {
      const row = results.page.getByRole('row', { name: new RegExp(`^${id}`) })
      await row.waitFor()
      expect(await row.textContent(), id).toContain(name)
    }
    await results.page.close()

    // Undo restores the assessment as it was before the last merge.
    await page.getByRole('button', { name: c.merge.undo }).click()
    await expect
      .poll(async () => (await storedRecord(page, fixture.id)).answers[plan.fresh])
      .toBeUndefined()
    const undone = await storedRecord(page, fixture.id)
    expect(undone.answers).toEqual(afterFirst.answers)
    expect(await shownScores(page, fixture.id)).toEqual(expectedScores(afterFirst.answers))

    for (const w of [coordinator, departmentA, departmentB, results]) expect(w.problems).toEqual([])
    for (const w of [coordinator, departmentA, departmentB]) await w.context.close()
  }, 180_000)
})
