import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { wrapAssessment } from '../../src/domain/assessment/envelope'
import { chromiumFlags, chromiumPath } from '../../tests/e2e/browser'
import { projectRoot } from './serveDist'

export type Audit = {
  performance: number
  accessibility: number
  cls: number
  lcpMs: number
  tbtMs: number
}

const fixture = JSON.parse(
  readFileSync(join(projectRoot, 'tests/fixtures/hangzhou-2024.assessment.json'), 'utf8'),
) as { id: string; updatedAt: string }

/** The stored assessment the audited questionnaire and results pages show. */
export const auditedAssessmentId = fixture.id

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
  const page = await seeding.newPage()
  await page.goto(`${base}/methodology`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  const record = JSON.stringify(wrapAssessment(fixture as never, 'lighthouse', fixture.updatedAt))
  await page.evaluate(
    async ([key, value]) =>
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('smart-city-maturity')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('assessments', 'readwrite')
          tx.objectStore('assessments').put(value, key)
          tx.oncomplete = () => done()
          tx.onerror = () => fail(tx.error)
        }
      }),
    [fixture.id, record] as const,
  )
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
