import { existsSync } from 'node:fs'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, beforeAll, inject } from 'vitest'

/** Where Chromium is: `CHROME_PATH` if set, else Debian's package. Browser downloads do not work here. */
export const chromiumPath = (): string => {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
  const found = candidates.find((p): p is string => p !== undefined && p !== '' && existsSync(p))
  if (found === undefined) {
    throw new Error(
      'No Chromium found for the browser tests. Install it with\n' +
        '  sudo apt-get install -y chromium fonts-noto-cjk poppler-utils\n' +
        'or set CHROME_PATH to a Chromium/Chrome binary.',
    )
  }
  return found
}

/** Flags for Chromium here: no sandbox as root, and no background traffic to hosts that do not answer. */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...chromiumFlags] })

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
  page.on('requestfailed', (req) => problems.push(`requestfailed: ${req.url()}`))
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
