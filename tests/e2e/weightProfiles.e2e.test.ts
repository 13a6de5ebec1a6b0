import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseSetFile } from '../../src/domain/indicators/setFile'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { must } from '../../src/domain/testing/must'
import { routes } from '../../src/routes/routes'
import en from '../../src/i18n/locales/en.json'
import enPrint from '../../src/i18n/locales/en.print.json'
import enResults from '../../src/i18n/locales/en.results.json'
import zh from '../../src/i18n/locales/zh-CN.json'
import zhPrint from '../../src/i18n/locales/zh-CN.print.json'
import zhResults from '../../src/i18n/locales/zh-CN.results.json'
import {
  districtProfile,
  districtWithProfileText,
  spreadAnswers,
} from '../utils/districtWithProfile'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { seedAssessments, storedRecord } from './seed'

/**
 * A district's own indicator set with a weight profile (the district set with
 * `districtProfile`), imported on the new-assessment screen as a user would. An assessment made
 * with it is answered (stored straight into IndexedDB), then on the results page the weighting of
 * the total is switched to the profile: the stored record, the total and its label change, the
 * dimension reported apart says so; the printed PDF names the weighting, its source and the total.
 * In both languages.
 */
const text = districtWithProfileText()
const read = parseSetFile(text, { builtInSetIds: ['scm-default'] })
const set = must(read.ok ? read.set : null, 'the district set with a profile')
const answers = spreadAnswers(set)

const dir = mkdtempSync(join(tmpdir(), 'weight-profiles-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const setPath = join(dir, 'district-profile.set.json')
writeFileSync(setPath, text)

const browser = useBrowser()

const words = {
  'zh-CN': {
    core: zh,
    results: zhResults.results,
    methodology: zhResults.methodology,
    print: zhPrint.print,
    lang: 'zh-CN',
  },
  'en-US': {
    core: en,
    results: enResults.results,
    methodology: enResults.methodology,
    print: enPrint.print,
    lang: 'en',
  },
} as const

/** `{{name}}` replaced by its value, as i18next fills a text. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')
const squeeze = (s: string) => s.replace(/\s+/g, '')

describe.each(['zh-CN', 'en-US'] as const)('the weighting of the total, in %s', (locale) => {
  const { core, results, methodology, print, lang } = words[locale]
  const local = (t: { zh: string; en: string }) => (lang === 'en' ? t.en : t.zh)
  const score1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })
  const profileName = local(districtProfile.name)
  const source = local(
    must(
      set.meta.sources.find((s) => s.id === districtProfile.source),
      'the profile source',
    ).title,
  )

  it('switches the total to the profile, shows the change, and prints it', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}${routes.newAssessment.href()}`)
    await page.getByLabel(core.newAssessment.setImport.button).setInputFiles(setPath)
    await page.getByRole('status').getByText(local(set.meta.name), { exact: false }).waitFor()
    await page.getByRole('textbox', { name: core.assessment.city }).fill('示例区')
    await page.getByRole('textbox', { name: core.assessment.year }).fill('2027')
    await page.getByRole('button', { name: core.newAssessment.create }).click()
    await page.waitForURL(/\/assessments\/[^/]+$/)
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '')
    await page.locator('.indicator-card').first().waitFor()
    // Every indicator answered, stored as the app stores it; the next load reads it.
    const created = await storedRecord(page, id)
    // Leave each page only once idle: a lazy chunk still loading would be cut off.
    await page.waitForLoadState('networkidle')
    await seedAssessments(page, [{ ...created, answers }])

    const own = scoreAssessment(set, answers, created.cityLevel)
    const weighted = scoreAssessment(set, answers, created.cityLevel, districtProfile.id)
    const ownTotal = score1.format(must(own.total.score))
    const weightedTotal = score1.format(must(weighted.total.score))
    expect(ownTotal).not.toBe(weightedTotal)

    await page.goto(`${baseUrl()}${routes.results.href(id)}`)
    const summary = page.locator('.report-summary')
    const total = summary.locator('div').first()
    await expect.poll(() => total.textContent()).toBe(`${results.ownSet.total}${ownTotal}`)
    const select = page.getByRole('combobox', { name: results.weighting.label })
    expect(await select.inputValue()).toBe('default')
    expect(await axeViolations(page)).toEqual([])

    await select.selectOption(districtProfile.id)
    const label = fill(results.weighting.total, { profile: profileName })
    await expect.poll(() => total.textContent()).toBe(`${label}${weightedTotal}`)
    await expect
      .poll(async () => (await storedRecord(page, id)).weightProfile, { timeout: 5000 })
      .toBe(districtProfile.id)
    const security = local(
      must(
        set.meta.dimensions.find((d) => d.id === 'SS'),
        'SS',
      ).name,
    )
    await page.getByText(fill(results.weighting.apartOwn, { dimension: security })).waitFor()
    const verification = methodology.verification[districtProfile.verification]
    await page.getByText(fill(results.weighting.from, { source, verification })).waitFor()
    expect(await axeViolations(page)).toEqual([])

    // The choice is stored: a reload shows the weighted total again.
    await page.waitForLoadState('networkidle')
    await page.reload()
    await expect.poll(() => total.textContent()).toBe(`${label}${weightedTotal}`)

    // Print: the headline names the weighting and its total; the cover its source.
    await page.waitForLoadState('networkidle')
    await page.goto(`${baseUrl()}${routes.print.href(id)}`)
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(0)
    await page.emulateMedia({ media: 'print' })
    const pdf = join(dir, `weighted-${lang}.pdf`)
    await page.pdf({ path: pdf, format: 'A4', printBackground: true })
    const printed = squeeze(execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }))
    expect(printed).toContain(
      squeeze(fill(print.weighting.headlineScore, { profile: profileName, score: weightedTotal })),
    )
    expect(printed).toContain(
      squeeze(fill(print.weighting.factValue, { profile: profileName, source })),
    )
    expect(printed).toContain(squeeze(fill(results.weighting.apartOwn, { dimension: security })))
    await page.emulateMedia({ media: 'screen' })
    expect(problems).toEqual([])
    await context.close()
  })
})
