import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { capabilityIds, type IndicatorSet } from '../../src/domain/indicators/schema'
import { parseSetFile } from '../../src/domain/indicators/setFile'
import { scoreAssessment } from '../../src/domain/scoring/scoreAssessment'
import { routes } from '../../src/routes/routes'
import enExchange from '../../src/i18n/locales/en.exchange.json'
import en from '../../src/i18n/locales/en.json'
import enResults from '../../src/i18n/locales/en.results.json'
import enSets from '../../src/i18n/locales/en.sets.json'
import zhExchange from '../../src/i18n/locales/zh-CN.exchange.json'
import zh from '../../src/i18n/locales/zh-CN.json'
import zhResults from '../../src/i18n/locales/zh-CN.results.json'
import zhSets from '../../src/i18n/locales/zh-CN.sets.json'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { plannedAnswer, typePlannedAnswer } from './plannedAnswer'
import { storedRecord } from './seed'

/**
 * A district brings its own indicator set (the 12-indicator fixture `district-12.set.json`): the
 * set file is imported on the new-assessment screen, an assessment is made with it, answered from
 * the keyboard, shown on results with the five capability axes and printed to PDF. "Export all"
 * writes a file that carries the set; a fresh browser profile imports it and gets back both the
 * set and the assessment, with the same scores. A broken set file is refused with every problem
 * listed. In both languages.
 */
const setPath = resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json')
const setText = readFileSync(setPath, 'utf8')
const read = parseSetFile(setText, { builtInSetIds: ['scm-default'] })
if (!read.ok) throw new Error('the district fixture must be a valid set file')
const district: IndicatorSet = read.set
const setKey = `${district.meta.setId}@${district.meta.version}`

const dir = mkdtempSync(join(tmpdir(), 'custom-set-e2e-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The district set with two faults: it takes the built-in set's id and repeats an indicator id. */
const brokenSetPath = (() => {
  const file = JSON.parse(setText) as {
    meta: { setId: string }
    indicators: { id: string }[]
  }
  file.meta.setId = 'scm-default'
  const [first, second] = file.indicators
  if (first === undefined || second === undefined) throw new Error('the fixture has indicators')
  second.id = first.id
  const path = join(dir, 'broken.set.json')
  writeFileSync(path, JSON.stringify(file))
  return path
})()

const browser = useBrowser()

const words = {
  'zh-CN': {
    core: zh,
    exchange: zhExchange.exchange,
    results: zhResults.results,
    sets: zhSets.sets,
    lang: 'zh-CN',
  },
  'en-US': {
    core: en,
    exchange: enExchange.exchange,
    results: enResults.results,
    sets: enSets.sets,
    lang: 'en',
  },
} as const
type Locale = keyof typeof words

/** Answers every indicator from the keyboard, "Next unanswered" leading from card to card. */
const answerAll = async (page: Page, locale: Locale) => {
  const next = page.getByRole('button', {
    name: words[locale].core.questionnaire.nextUnanswered,
  })
  const unanswered = new Set(district.indicators.map((i) => i.id))
  while (unanswered.size > 0) {
    await next.focus()
    await page.keyboard.press('Enter')
    // The questionnaire's own order (by dimension), which "Next unanswered" follows.
    let focused = ''
    await expect
      .poll(async () => {
        focused = (await page.evaluate(() => document.activeElement?.closest('article')?.id)) ?? ''
        return unanswered.has(focused.replace('indicator-', ''))
      })
      .toBe(true)
    const indicator = district.indicators.find((i) => `indicator-${i.id}` === focused)
    if (indicator === undefined) throw new Error(focused)
    unanswered.delete(indicator.id)
    await typePlannedAnswer(page, plannedAnswer(indicator))
  }
}

/** The five capability scores in the results table, as shown. */
const shownScores = async (page: Page, id: string) => {
  await page.goto(`${baseUrl()}${routes.results.href(id)}`)
  const table = page.locator('.results-capability-table table.report-table')
  await table.waitFor()
  return table.locator('tbody tr td:first-of-type').allTextContents()
}

describe.each(['zh-CN', 'en-US'] as const)('a district’s own indicator set, in %s', (locale) => {
  const { core, exchange, results, sets, lang } = words[locale]
  const local = (text: { zh: string; en: string }) => (lang === 'en' ? text.en : text.zh)
  const score1 = new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

  it('refuses a broken set file, listing every problem in the user’s language', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}${routes.newAssessment.href()}`)
    await page.getByLabel(core.newAssessment.setImport.button).setInputFiles(brokenSetPath)
    const alert = page.getByRole('alert')
    await alert.waitFor()
    const items = await alert.locator('li').allTextContents()
    expect(items.length).toBeGreaterThanOrEqual(2)
    expect(items.join('\n')).toContain('scm-default')
    expect(items.join('\n')).toContain(district.indicators[0]?.id ?? '—')
    expect(await alert.textContent()).toContain(sets.import.refused.split('“')[0] ?? '')
    // Nothing was stored: the set list still offers the built-in set only.
    expect(await page.locator('select#setVersion option').count()).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('imports the set, makes, answers, shows and prints an assessment, and restores it with the set in a fresh profile', async () => {
    const { page, problems, context } = await openWatchedPage(browser(), locale)
    await page.goto(`${baseUrl()}${routes.newAssessment.href()}`)
    await page.getByLabel(core.newAssessment.setImport.button).setInputFiles(setPath)
    await page.getByRole('status').getByText(local(district.meta.name), { exact: false }).waitFor()
    await expect.poll(() => page.locator('select#setVersion').inputValue()).toBe(setKey)
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('textbox', { name: core.assessment.city }).fill('示例区')
    await page.getByRole('textbox', { name: core.assessment.year }).fill('2026')
    await page.getByRole('button', { name: core.newAssessment.create }).click()
    await page.waitForURL(/\/assessments\/[^/]+$/)
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').at(-1) ?? '')
    await page.locator('.indicator-card').first().waitFor()
    await answerAll(page, locale)
    await expect
      .poll(async () => (await storedRecord(page, id)).answers, { timeout: 5000 })
      .toSatisfy((answers: object) => Object.keys(answers).length === district.indicators.length)
    const stored = await storedRecord(page, id)
    expect(stored.indicatorSet).toEqual({
      setId: district.meta.setId,
      version: district.meta.version,
    })

    // Results: the five capability axes of the product's model, scored with the district's set.
    const engine = scoreAssessment(district, stored.answers, stored.cityLevel)
    const expected = capabilityIds.map((c) => {
      const s = engine.capabilities[c].score
      return s === null ? '—' : score1.format(s)
    })
    expect(expected.some((s) => s !== '—')).toBe(true)
    expect(await shownScores(page, id)).toEqual(expected)
    await expect.poll(() => page.locator('.recharts-polar-angle-axis-tick').count()).toBe(5)
    const shown = (await page.locator('#main').textContent()) ?? ''
    expect(shown).toContain(local(district.meta.name))
    // The district's set is not GB/T 33356: the results say nothing of the kind.
    expect(shown).not.toContain('33356')
    // "How scores are computed" describes the district's set, not the built-in one.
    expect(
      await page.getByRole('link', { name: results.header.methodology }).getAttribute('href'),
    ).toBe(routes.methodology.href(district.meta))
    expect(await axeViolations(page)).toEqual([])

    // Print: the summary names the city, the set and the five capabilities.
    await page.goto(`${baseUrl()}${routes.print.href(id)}`)
    await expect.poll(() => page.locator('.recharts-surface').count()).toBeGreaterThan(0)
    await page.emulateMedia({ media: 'print' })
    const pdf = join(dir, `district-${lang}.pdf`)
    await page.pdf({ path: pdf, format: 'A4', printBackground: true })
    const printed = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      '',
    )
    expect(printed).toContain('示例区')
    for (const c of district.meta.capabilities)
      expect(printed, c.id).toContain(local(c.name).replace(/\s+/g, ''))
    await page.emulateMedia({ media: 'screen' })

    // Export all: the file carries the set.
    await page.goto(`${baseUrl()}/`)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: exchange.exportAll }).click(),
    ])
    const exported = join(dir, `export-${lang}.json`)
    await download.saveAs(exported)
    const file = JSON.parse(readFileSync(exported, 'utf8')) as {
      schemaVersion: number
      sets: { meta: { setId: string } }[]
    }
    expect(file.schemaVersion).toBe(3)
    expect(file.sets.map((s) => s.meta.setId)).toEqual([district.meta.setId])
    expect(problems).toEqual([])
    await context.close()

    // A fresh profile: importing the file offers the set too, then restores both.
    const fresh = await openWatchedPage(browser(), locale)
    await fresh.page.goto(`${baseUrl()}/`)
    await fresh.page.getByLabel(exchange.import.inputLabel).setInputFiles(exported)
    const offer = fresh.page.getByRole('dialog', { name: sets.offer.title })
    await offer.waitFor()
    expect(await offer.textContent()).toContain(local(district.meta.name))
    expect(await axeViolations(fresh.page)).toEqual([])
    await offer.getByRole('button', { name: exchange.collision.confirm }).click()
    await fresh.page.getByText(exchange.summary.title).waitFor()
    expect(await storedRecord(fresh.page, id)).toEqual(stored)
    expect(await shownScores(fresh.page, id)).toEqual(expected)
    await expect.poll(() => fresh.page.locator('.recharts-polar-angle-axis-tick').count()).toBe(5)
    // The set is stored: a new assessment can use it after a reload.
    await fresh.page.goto(`${baseUrl()}${routes.newAssessment.href()}`)
    await expect
      .poll(() =>
        fresh.page
          .locator('select#setVersion option')
          .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
      )
      .toContain(setKey)
    expect(fresh.problems).toEqual([])
    await fresh.context.close()
  })
})
