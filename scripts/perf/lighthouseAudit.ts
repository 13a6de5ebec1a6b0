import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { chromiumFlags, chromiumPath } from '../browser/chromium'
import { readAssessmentFile, seedAssessments } from '../browser/seed'

export type Audit = {
  performance: number
  accessibility: number
  cls: number
  lcpMs: number
  tbtMs: number
}

// The same stored assessment the browser tests use (a data file, not test code).
const fixture = readAssessmentFile(
  resolve(import.meta.dirname, '../../tests/fixtures/hangzhou-2024.assessment.json'),
)

const flags = ['--headless', ...chromiumFlags]

/**
 * A new profile holding one real assessment in IndexedDB, stored the way the app stores it. No
 * service worker is installed, so each audit is a first visit to the code, with data present.
 */
const seededProfile = async (base: string): Promise<string> => {
  const profile = mkdtempSync(join(tmpdir(), 'scm-lh-'))
  const seeding = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: flags.slice(1),
    serviceWorkers: 'block',
  })
  await seedAssessments(await seeding.newPage(), [fixture], base)
  await seeding.close()
  return profile
}

/**
 * Lighthouse 12 with its mobile defaults (simulated throttling: slow 4G, 4× CPU) on one page of the
 * build served at `base`, performance and accessibility only, in a fresh seeded profile.
 */
export const auditPage = async (base: string, path: string): Promise<Audit> => {
  const profile = await seededProfile(base)
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath(),
    chromeFlags: [...flags, `--user-data-dir=${profile}`],
    userDataDir: false,
  })
  try {
    const result = await lighthouse(`${base}${path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      disableStorageReset: true,
    })
    const lhr = result?.lhr
    if (lhr === undefined) throw new Error(`Lighthouse returned no result for ${path}`)
    if (lhr.runtimeError !== undefined)
      throw new Error(`Lighthouse failed on ${path}: ${lhr.runtimeError.message}`)
    return {
      performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
      tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    }
  } finally {
    await chrome.kill()
    rmSync(profile, { recursive: true, force: true })
  }
}

/** The pages the budgets cover. */
export const auditedPages = {
  home: '/',
  questionnaire: `/assessments/${fixture.id}`,
  results: `/assessments/${fixture.id}/results`,
} as const
