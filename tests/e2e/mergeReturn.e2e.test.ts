import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { readReleases } from '../../scripts/build/releases'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { capabilityIds } from '../../src/domain/indicators/schema'
import { scoreAssessment, type AssessmentScore } from '../../src/domain/scoring/scoreAssessment'
import { routes } from '../../src/routes/routes'
import { departmentReturn } from '../utils/departmentReturn'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { seedAssessments, storedRecord } from './seed'

/**
 * The coordinator merges a department's return in the real browser: an assessment that sent a
 * package to the transport bureau, and that bureau's return with one new, one different and one
 * conflicting answer. The conflict starts as "keep"; the coordinator accepts it, merges, sees the
 * results change and the print appendix name the department, then undoes.
 */
const [release] = readReleases()
if (release === undefined) throw new Error('releases missing')
const { assessment, text, indicators, yes, no } = departmentReturn(release.set)
const [fresh, differing, conflicting] = indicators
const mergedAnswers = {
  ...assessment.answers,
  [fresh.id]: { ...yes, note: 'Opened in 2025' },
  [differing.id]: no,
  [conflicting.id]: yes,
}

const browser = useBrowser()

const words = {
  'zh-CN': {
    input: '部门答复文件（JSON，或含附件的 ZIP）',
    accept: '接受返回的答案',
    keep: '保留当前答案',
    merge: '合并',
    merged: '已合并：接受 3 个答案，保留 0 个原有答案。',
    undo: '撤销合并',
    undone: /已撤销合并/,
    from: '来自Transport Bureau 交通运输局：Li Ming 李明于',
  },
  en: {
    input: 'Department return file (JSON, or ZIP with attached files)',
    accept: 'Accept the returned answer',
    keep: 'Keep the answer here',
    merge: 'Merge',
    merged: 'Merged. Returned answers accepted: 3; answers kept as they were: 0.',
    undo: 'Undo the merge',
    undone: /The merge is undone/,
    from: 'From Transport Bureau 交通运输局: filled in by Li Ming 李明 on',
  },
} as const

describe.each([
  { locale: 'zh-CN', lang: 'zh-CN' },
  { locale: 'en-US', lang: 'en' },
] as const)('merging a department’s return, in $locale', ({ locale, lang }) => {
  const w = words[lang]
  const score1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const expected = (score: AssessmentScore) =>
    capabilityIds.map((id) => {
      const s = score.capabilities[id].score
      return s === null ? null : score1.format(s)
    })
  const scoreOf = (answers: Assessment['answers']) =>
    expected(scoreAssessment(release.set, answers, assessment.cityLevel))
  const shownScores = async (page: Page) => {
    await page.goto(`${baseUrl()}${routes.results.href(assessment.id)}`)
    const table = page.locator('.results-capability-table table.report-table')
    await table.waitFor()
    // A capability without a score reads "not scored" in words: compared as null.
    const cells = await table.locator('tbody tr td:first-of-type').allTextContents()
    return cells.map((cell) => (/\d/.test(cell) ? cell : null))
  }
  const entry = (page: Page, id: string) =>
    page.locator('section.merge-entry', { has: page.getByRole('heading', { name: id }) })

  it('plans, merges with the conflict resolved, shows the department in print, and undoes', async () => {
    // The merge changes the scores, or the journey would prove nothing.
    expect(scoreOf(mergedAnswers)).not.toEqual(scoreOf(assessment.answers))
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await seedAssessments(page, [assessment])
    await page.goto(`${baseUrl()}${routes.merge.href(assessment.id)}`)
    await page.getByLabel(w.input).setInputFiles({
      name: 'return.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    })
    await entry(page, conflicting.id).waitFor()
    expect(await entry(page, conflicting.id).getByRole('radio', { name: w.keep }).isChecked()).toBe(
      true,
    )
    expect(await entry(page, fresh.id).getByRole('radio', { name: w.accept }).isChecked()).toBe(
      true,
    )
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 320, height: 720 })
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true)
    await page.setViewportSize({ width: 1280, height: 720 })

    await entry(page, conflicting.id).getByRole('radio', { name: w.accept }).check()
    await page.getByRole('button', { name: w.merge, exact: true }).click()
    await page.getByText(w.merged).waitFor()
    const merged = await storedRecord(page, assessment.id)
    expect(
      Object.fromEntries(
        Object.entries(merged.answers).map(([id, a]) => [id, { ...a, merged: undefined }]),
      ),
    ).toEqual(
      Object.fromEntries(
        Object.entries(mergedAnswers).map(([id, a]) => [id, { ...a, merged: undefined }]),
      ),
    )
    expect(merged.answers[fresh.id]?.merged?.department).toBe('Transport Bureau 交通运输局')

    // Results and print, in a second tab of the same browser.
    const other = await openWatchedPage(browser(), locale, context)
    expect(await shownScores(other.page)).toEqual(scoreOf(mergedAnswers))
    await other.page.goto(`${baseUrl()}${routes.print.href(assessment.id)}`)
    const row = other.page.getByRole('row', { name: new RegExp(`^${fresh.id}`) })
    await row.waitFor()
    expect(await row.textContent()).toContain(w.from)
    await other.page.close()

    await page.getByRole('button', { name: w.undo }).click()
    await page.getByText(w.undone).waitFor()
    const restored = await storedRecord(page, assessment.id)
    expect({ ...restored, revision: assessment.revision }).toEqual(assessment)
    expect(await shownScores(page)).toEqual(scoreOf(assessment.answers))
    expect(problems).toEqual([])
    expect(other.problems).toEqual([])
    await context.close()
  })
})
