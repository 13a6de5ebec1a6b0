/**
 * Lighthouse 12 (mobile defaults, simulated throttling) on the home, questionnaire and results
 * pages of the production build, with a real assessment stored in the profile. Offline: Debian's
 * Chromium, no network beyond 127.0.0.1.   npm run build && npx tsx scripts/lighthouse.ts
 */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { chromium } from 'playwright-core'
import { preview } from 'vite'
import { wrapAssessment } from '../src/domain/assessment/envelope'
import { chromiumFlags, chromiumPath } from '../tests/e2e/browser'

const root = resolve(import.meta.dirname, '..')
const fixture = JSON.parse(
  readFileSync(join(root, 'tests/fixtures/hangzhou-2024.assessment.json'), 'utf8'),
) as {
  id: string
  updatedAt: string
}
const flags = ['--headless', ...chromiumFlags]

const server = await preview({ root, logLevel: 'warn', preview: { port: 0, strictPort: false } })
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
const profile = mkdtempSync(join(tmpdir(), 'scm-lh-'))

// Store the fixture in the profile the way the app does, then let Lighthouse use that profile.
const seeding = await chromium.launchPersistentContext(profile, {
  executablePath: chromiumPath(),
  args: flags.slice(1),
})
const page = await seeding.newPage()
await page.goto(`${base}/methodology`)
await page.getByRole('heading', { level: 1 }).waitFor()
const record = JSON.stringify(wrapAssessment(fixture as never, 'lighthouse', fixture.updatedAt))
await page.evaluate(
  async ([key, value]) =>
    await new Promise<void>((done) => {
      const open = indexedDB.open('smart-city-maturity')
      open.onsuccess = () => {
        const tx = open.result.transaction('assessments', 'readwrite')
        tx.objectStore('assessments').put(value, key)
        tx.oncomplete = () => done()
      }
    }),
  [fixture.id, record] as const,
)
await seeding.close()

const chrome = await chromeLauncher.launch({
  chromePath: chromiumPath(),
  chromeFlags: [...flags, `--user-data-dir=${profile}`],
  userDataDir: false,
})
const pages = {
  home: '/',
  questionnaire: `/assessments/${fixture.id}`,
  results: `/assessments/${fixture.id}/results`,
}
const report: Record<string, unknown> = {}
for (const [name, path] of Object.entries(pages)) {
  const result = await lighthouse(`${base}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    disableStorageReset: true,
  })
  const lhr = result?.lhr
  report[name] = {
    performance: Math.round((lhr?.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr?.categories.accessibility?.score ?? 0) * 100),
    cls: lhr?.audits['cumulative-layout-shift']?.numericValue,
    lcpMs: Math.round(lhr?.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr?.audits['total-blocking-time']?.numericValue ?? 0),
  }
}
console.log(JSON.stringify(report, null, 2))
await chrome.kill()
await server.close()
