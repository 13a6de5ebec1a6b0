import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { unzip } from '../utils/unzip'
import { fixtureRelease, loadFixture, seedAssessments } from './seed'

const set = fixtureRelease()
const fixture = loadFixture('hangzhou-2024.assessment.json')
const browser = useBrowser()

/** A level answer of the fixture and the rubric text the export must write beside it. */
const levelAnswer = (() => {
  for (const indicator of set.indicators) {
    const value = fixture.answers[indicator.id]?.value
    if (value?.type === 'level' && indicator.answer.type === 'level') {
      const level = indicator.answer.levels.find((l) => l.level === value.level)
      if (level !== undefined) return { id: indicator.id, descriptor: level.descriptor }
    }
  }
  throw new Error('the fixture has no level answer')
})()

describe.each([
  { locale: 'zh-CN', side: 'zh', label: /导出为 CSV/, xlsxLabel: /导出为 XLSX/ },
  { locale: 'en-US', side: 'en', label: /as CSV/, xlsxLabel: /as XLSX/ },
] as const)(
  'CSV and XLSX export from the home screen ($locale)',
  ({ locale, side, label, xlsxLabel }) => {
    it('writes level answers with their rubric text, fetched on the click', async () => {
      const { page, problems, context } = await openWatchedPage(browser(), locale)
      await seedAssessments(page, [fixture])
      await page.goto(`${baseUrl()}/`)
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: label }).first().click(),
      ])
      const csv = readFileSync(await download.path(), 'utf8')
      const row = csv.split(/\r?\n/).find((line) => line.startsWith(`${levelAnswer.id},`))
      expect(row).toContain(levelAnswer.descriptor[side].slice(0, 20))
      expect(problems).toEqual([])
      await context.close()
    })

    it('writes an XLSX workbook with the same answers, its code fetched on the click (under the page’s CSP)', async () => {
      const { page, problems, foreignRequests, context } = await openWatchedPage(browser(), locale)
      await seedAssessments(page, [fixture])
      await page.goto(`${baseUrl()}/`)
      const fetched: string[] = []
      page.on('request', (r) => fetched.push(r.url()))
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: xlsxLabel }).first().click(),
      ])
      expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
      expect(fetched.some((url) => /\/assets\/xlsxExport-[^/]+\.js$/.test(url))).toBe(true)
      const files = unzip(readFileSync(await download.path()))
      const sheets = [...files.keys()].filter((name) => name.startsWith('xl/worksheets/'))
      expect(sheets.length).toBeGreaterThanOrEqual(2)
      const text = [...files.values()].map((b) => b.toString('utf8')).join('\n')
      expect(text).toContain(levelAnswer.id)
      expect(text).toContain(levelAnswer.descriptor[side].slice(0, 20))
      expect(problems).toEqual([])
      expect(foreignRequests).toEqual([])
      await context.close()
    })
  },
)
