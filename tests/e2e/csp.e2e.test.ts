import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

import { baseUrl, useBrowser, openWatchedPage } from './browser'
import { loadFixture, seedAssessments } from './seed'

const fixture = loadFixture('hangzhou-2024.assessment.json')
const previous = { ...fixture, id: 'fixture-hangzhou-2023-csp', year: 2023 }

const browser = useBrowser()

describe('Content-Security-Policy', () => {
  it('is sent by the production server and the built page has no inline script and no other origin', async () => {
    const response = await fetch(`${baseUrl()}/`)
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/)
    const html = readFileSync(resolve(import.meta.dirname, '../../dist/index.html'), 'utf8')
    expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? []).toEqual([])
    expect(html.match(/(?:src|href)="https?:\/\/[^"]+"/g) ?? []).toEqual([])
  })

  it.each(['zh-CN', 'en-US'] as const)(
    'reports no violation, console error or foreign request on any screen (%s)',
    async (locale) => {
      const { page, problems, foreignRequests, context } = await openWatchedPage(browser(), locale)
      await seedAssessments(page, [previous, fixture])
      const screens = [
        '/',
        '/new',
        `/assessments/${fixture.id}`,
        `/assessments/${fixture.id}/results`,
        `/assessments/${fixture.id}/print`,
        `/compare?ids=${previous.id},${fixture.id}`,
        '/methodology',
        '/no-such-page',
      ]
      for (const screen of screens) {
        await page.goto(`${baseUrl()}${screen}`)
        await page.getByRole('heading', { level: 1 }).first().waitFor()
        await page.waitForLoadState('networkidle')
      }
      expect(problems).toEqual([])
      expect(foreignRequests).toEqual([])
      await context.close()
    },
  )
})
