import { resolve } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { openWatchedPage, useBrowser } from './browser'

/**
 * The methodology page describes the set its address names, on a build that ships two releases
 * of the built-in set (1.0.0 and the fixture 1.9.0): an older release, loaded when asked for, and
 * a district's own set brought as a set file. Drawn at 320 px, where the set picker must fit.
 */
const base = () => inject('fixtureBaseUrl')
const districtFile = resolve(import.meta.dirname, '../fixtures/sets/district-12.set.json')
const district = { setId: 'example-district-gov', version: '1.1.0' }
const older = { setId: 'scm-default', version: '1.0.0' }

const browser = useBrowser()

describe.each([
  { locale: 'zh-CN', dimension: 'GS 政务服务', source: '示例区数字政府建设评估实施方案' },
  { locale: 'en-US', dimension: 'GS Government services', source: 'Example District' },
] as const)('the methodology of a chosen set, in $locale', ({ locale, dimension, source }) => {
  it('describes a set brought as a file and an older built-in release, fitting 320 px', async () => {
    const context = await browser().newContext({ locale, viewport: { width: 320, height: 720 } })
    const { page, problems } = await openWatchedPage(browser(), locale, context)
    await page.goto(`${base()}${routes.newAssessment.href()}`)
    await page.locator('input[type=file]').setInputFiles(districtFile)
    await page
      .locator('select#setVersion option', { hasText: district.version })
      .waitFor({ state: 'attached' })
    // Leaving while the page still fetches a chunk would abort it (and be reported as a problem).
    await page.waitForLoadState('networkidle')

    await page.goto(`${base()}${routes.methodology.href(district)}`)
    const dimensions = page.locator('section[aria-labelledby="method-dimensions"] tbody th')
    await expect.poll(() => dimensions.allTextContents()).toContain(dimension)
    expect(await page.locator('section[aria-labelledby="method-sources"]').textContent()).toContain(
      source,
    )
    const picker = page.locator('select#method-set')
    expect(await picker.inputValue()).toBe('example-district-gov@1.1.0')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
    expect(await axeViolations(page)).toEqual([])

    // An older release is fetched when its address asks for it, and joins the choices.
    await page.waitForLoadState('networkidle')
    await page.goto(`${base()}${routes.methodology.href(older)}`)
    await expect.poll(() => picker.locator('option').count()).toBe(3)
    expect(await picker.inputValue()).toBe('scm-default@1.0.0')
    expect(await page.locator('.methodology .lead').textContent()).toContain('1.0.0')
    await picker.selectOption('example-district-gov@1.1.0')
    await expect.poll(() => dimensions.allTextContents()).toContain(dimension)
    expect(new URL(page.url()).search).toBe('?set=example-district-gov@1.1.0')
    expect(problems).toEqual([])
    await context.close()
  })
})
