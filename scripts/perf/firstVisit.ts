import type { Browser } from 'playwright-core'
import { gzipBytes } from './jsSize'

export type FirstVisit = { path: string; locale: string; files: string[]; gzipBytes: number }

/**
 * What a first visit really downloads: a fresh browser context (nothing cached, service workers
 * blocked so their precache of every chunk does not count) opens `path`, waits until the screen has
 * rendered and the network is idle, and sums the gzip size of every JavaScript file it fetched —
 * entry, preloads, interface and indicator text, lazy chunks of that route.
 */
export const measureFirstVisit = async (
  browser: Browser,
  base: string,
  path: string,
  locale: string,
  ready: string,
): Promise<FirstVisit> => {
  const context = await browser.newContext({ locale, serviceWorkers: 'block' })
  const page = await context.newPage()
  const files = new Set<string>()
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.origin === base && url.pathname.endsWith('.js')) files.add(url.pathname)
  })
  await page.goto(`${base}${path}`)
  await page.locator(ready).first().waitFor()
  await page.waitForLoadState('networkidle')
  await context.close()
  const list = [...files].sort()
  return { path, locale, files: list, gzipBytes: list.reduce((s, f) => s + gzipBytes(f), 0) }
}
