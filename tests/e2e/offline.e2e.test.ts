import { describe, expect, it } from 'vitest'

import { buildExport, serialiseExport } from '../../src/domain/exchange/exportFile'
import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { loadFixture, seedAssessments } from './seed'

const fixture = loadFixture('hangzhou-2024.assessment.json')

const browser = useBrowser()

describe('offline after the first visit', () => {
  it('opens an existing assessment, its results and its print view with the network off, in either language', async () => {
    const { page, context } = await openWatchedPage(browser(), 'zh-CN')
    await seedAssessments(page, [fixture])
    // First visit: the service worker installs and precaches the app; it controls the next load.
    await page.goto(`${baseUrl()}/`)
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)

    await context.setOffline(true)
    await page.goto(`${baseUrl()}/assessments/${fixture.id}`)
    await page.locator('.indicator-card').first().waitFor()
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('杭州市')
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/results`)
    await page.locator('.recharts-surface').first().waitFor()
    expect(await page.locator('.recharts-polar-angle-axis-tick').count()).toBe(5)
    await page.goto(`${baseUrl()}/assessments/${fixture.id}/print`)
    await page.locator('.recharts-surface').first().waitFor()
    expect(await page.locator('main').textContent()).toContain('杭州市')
    await page.goto(`${baseUrl()}/methodology`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    // The other language's interface and indicator text were precached too.
    await page.goto(`${baseUrl()}/assessments/${fixture.id}`)
    await page.locator('.indicator-card').first().waitFor()
    await page.locator('.language-switch').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await expect
      .poll(() => page.getByRole('button', { name: 'Next unanswered' }).count())
      .toBeGreaterThan(0)
    await context.close()
  })

  it('before the app is cached: export and import say their code could not be fetched, keep the file, and "Try again" imports it', async () => {
    // No service worker: the state of a first visit whose connection drops before anything is cached.
    const context = await browser().newContext({ locale: 'en-US', serviceWorkers: 'block' })
    const { page } = await openWatchedPage(browser(), 'en-US', context)
    await seedAssessments(page, [fixture])
    await page.goto(`${baseUrl()}/`)
    await page.getByRole('link', { name: '杭州市' }).waitFor()

    // The import and export code is fetched on the first click, so offline it cannot arrive.
    await context.setOffline(true)
    await page.getByRole('button', { name: 'Export all (JSON)' }).click()
    await page.getByRole('alert').filter({ hasText: 'could not be downloaded' }).waitFor()
    expect(await page.getByRole('alert').textContent()).toContain('The file could not be created')

    const other = { ...fixture, id: 'fixture-ningbo-2024-offline', city: '宁波市' }
    await page.locator('input[type=file]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(serialiseExport(buildExport([other], '1', other.updatedAt))),
    })
    const refused = page.getByRole('alert').filter({ hasText: '“backup.json” was not imported' })
    await refused.waitFor()
    expect(await refused.textContent()).toContain('could not be downloaded')
    expect(await page.getByRole('link', { name: '宁波市' }).count()).toBe(0)

    // Back online, the file chosen before is imported without choosing it again.
    await context.setOffline(false)
    await refused.getByRole('button', { name: 'Try again' }).click()
    await page.getByText('Import finished').waitFor()
    expect(await page.getByRole('link', { name: '宁波市' }).count()).toBe(1)
    await context.close()
  })
})
