import { existsSync } from 'node:fs'
import { chromium, type Browser } from 'playwright-core'

/**
 * Launching Debian's Chromium from Node, for the browser tests (tests/e2e) and the performance
 * scripts alike. Browser downloads do not work here, so Playwright is always given a binary.
 */

/** Where Chromium is: `CHROME_PATH` if set, else Debian's package. */
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
