import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildExport, serialiseExport } from '../../src/domain/exchange/exportFile'
import { baseUrl, openWatchedPage, useBrowser } from './browser'
import { loadFixture } from './seed'

/**
 * Refused imports in a real browser: the file's bytes are decoded strictly by Chromium's own
 * TextDecoder, the checking code and the refusal text are fetched on demand, and the alert stays
 * short however long the offending value is.
 */

const browser = useBrowser()
const badFile = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../fixtures/import-bad', name))
const fixture = loadFixture('hangzhou-2024.assessment.json')

const path = (part: string) => `$.assessments[0].answers["SC-005"].value.${part}`

describe('refused imports', () => {
  it.each<['en-US' | 'zh-CN', string, (part: string) => string]>([
    [
      'en-US',
      'the file is not valid UTF-8 text (unreadable byte at offset 593, line 24).',
      (part) => `${path(part)}: a part of a ratio cannot be negative.`,
    ],
    [
      'zh-CN',
      '文件不是有效的 UTF-8 文本（偏移量 593、第 24 行的字节无法读取）。',
      (part) => `位置 ${path(part)}：比值的分子和分母不能为负数。`,
    ],
  ])(
    'names invalid UTF-8, bad answers and 2 MB keys in short alerts (%s)',
    async (locale, utf8, negative) => {
      const { page, context, problems } = await openWatchedPage(browser(), locale)
      await page.goto(`${baseUrl()}/`)
      const input = page.locator('input[type=file]')
      const alert = page.getByRole('alert')

      await input.setInputFiles({
        name: 'latin1.json',
        mimeType: 'application/json',
        buffer: badFile('invalid-utf8-note.json'),
      })
      await alert.filter({ hasText: utf8 }).waitFor()

      await input.setInputFiles({
        name: 'parts.json',
        mimeType: 'application/json',
        buffer: badFile('ratio-negative-parts.json'),
      })
      await alert.getByRole('listitem').first().waitFor()
      expect(await alert.getByRole('listitem').allTextContents()).toEqual([
        negative('numerator'),
        negative('denominator'),
      ])

      const key = 'k'.repeat(2 * 1024 * 1024)
      await input.setInputFiles({
        name: 'long.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          serialiseExport(buildExport([{ ...fixture, [key]: true }], '1', fixture.updatedAt)),
        ),
      })
      const long = alert.filter({ hasText: `${'k'.repeat(40)}…` })
      await long.waitFor()
      const text = (await long.textContent()) ?? ''
      expect(text.length).toBeLessThan(500)
      expect(text.split('k'.repeat(40))).toHaveLength(2)

      expect(problems).toEqual([])
      await context.close()
    },
  )

  it('keeps a refusal quoting a long key and file name inside a 320-px-wide page', async () => {
    // zh-CN: its header fits 320 px already, so any sideways scrolling would be the message's.
    const context = await browser().newContext({
      locale: 'zh-CN',
      viewport: { width: 320, height: 700 },
    })
    const { page, problems } = await openWatchedPage(browser(), 'zh-CN', context)
    await page.goto(`${baseUrl()}/`)
    await page.locator('#main h1').waitFor()
    const width = () => page.evaluate(() => document.documentElement.scrollWidth)
    expect(await width()).toBe(320)
    await page.locator('input[type=file]').setInputFiles({
      name: `report-${'n'.repeat(120)}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(
        serialiseExport(
          buildExport([{ ...fixture, ['y'.repeat(5000)]: 1 }], '1', fixture.updatedAt),
        ),
      ),
    })
    await page
      .getByRole('alert')
      .filter({ hasText: `${'y'.repeat(40)}…` })
      .waitFor()
    expect(await width()).toBe(320)
    expect(problems).toEqual([])
    await context.close()
  })
})
