import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { shippedSet } from '../../scripts/build/indicatorFiles'
import { serialiseSetFile } from '../../src/domain/indicators/setFile'
import { routes } from '../../src/routes/routes'
import { axeViolations } from './axe'
import { baseUrl, openWatchedPage, useBrowser } from './browser'

/**
 * The release notes of the working copy of the built-in set (its longest texts, in both
 * languages) on the methodology page at 320 px: brought as a set file under an id of its own, since
 * the build ships only released versions. The table scrolls in its own box; the page never does.
 */
const working = shippedSet()
const set = { ...working, meta: { ...working.meta, setId: 'release-notes-check' } }
const ref = { setId: set.meta.setId, version: set.meta.version }
const dir = mkdtempSync(join(tmpdir(), 'release-notes-e2e-'))
const file = join(dir, 'release-notes-check.json')
writeFileSync(file, serialiseSetFile(set))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const browser = useBrowser()

describe.each([
  { locale: 'zh-CN', heading: `${ref.version} 版的变化` },
  { locale: 'en-US', heading: `What changed in version ${ref.version}` },
] as const)('the release notes in $locale', ({ locale, heading }) => {
  it('lists every note of the set and fits a 320-px window', async () => {
    const context = await browser().newContext({ locale, viewport: { width: 320, height: 720 } })
    const { page, problems } = await openWatchedPage(browser(), locale, context)
    await page.goto(`${baseUrl()}${routes.newAssessment.href()}`)
    await page.locator('input[type=file]').setInputFiles(file)
    await page
      .locator('select#setVersion option', { hasText: ref.version })
      .first()
      .waitFor({ state: 'attached' })
    await page.waitForLoadState('networkidle')

    await page.goto(`${baseUrl()}${routes.methodology.href(ref)}`)
    const section = page.locator('section[aria-labelledby="method-release-notes"]')
    await expect.poll(() => section.locator('h2').textContent()).toBe(heading)
    expect(await section.locator('tbody tr').count()).toBe(set.meta.releaseNotes?.length)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
    expect(await axeViolations(page)).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })
})
