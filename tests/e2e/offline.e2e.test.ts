import { describe, expect, it } from 'vitest'

import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { loadFixture, seedAssessments } from './seed'

const fixture = loadFixture('hangzhou-2024.assessment.json')

const browser = useBrowser()

describe('offline after the first visit', () => {
  it('opens an existing assessment and its results with the network off', async () => {
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
    await page.goto(`${baseUrl()}/methodology`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await context.close()
  })
})
