import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'
import { launchBrowser } from '../../scripts/browser/chromium'

export { chromiumFlags, chromiumPath, launchBrowser } from '../../scripts/browser/chromium'

/** One browser for a test file, launched before its tests and closed after them. */
export const useBrowser = (): (() => Browser) => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return () => {
    if (browser === undefined) throw new Error('the browser is not launched yet')
    return browser
  }
}

export const baseUrl = (): string => inject('baseUrl')

export type Watched = {
  page: Page
  context: BrowserContext
  /** Console errors, page errors, CSP violations and failed requests seen so far. */
  problems: string[]
  /** Every request to a host other than the app's own. */
  foreignRequests: string[]
}

/**
 * Opens a page in a fresh context with the given browser locale and records everything a user
 * would never want: console errors, uncaught errors, CSP violations, failed or foreign requests.
 */
export const openWatchedPage = async (
  browser: Browser,
  locale: 'zh-CN' | 'en-US',
  context?: BrowserContext,
): Promise<Watched> => {
  const ctx = context ?? (await browser.newContext({ locale }))
  const page = await ctx.newPage()
  const problems: string[] = []
  const foreignRequests: string[] = []
  const origin = new URL(baseUrl()).origin
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  // A request the browser cancels because the test closed or left the page (a lazy chunk still on
  // its way) is not a failure a user sees; the app itself never cancels a request. Every other
  // failure (refused, reset, DNS, blocked by CSP) is a problem, and an HTTP error is one below.
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`requestfailed: ${req.url()} (${req.failure()?.errorText ?? 'unknown'})`)
  })
  page.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`)
  })
  page.on('request', (req) => {
    const url = req.url()
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      foreignRequests.push(url)
    }
  })
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)
    })
  })
  return { page, context: ctx, problems, foreignRequests }
}
