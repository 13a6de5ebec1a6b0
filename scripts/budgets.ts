/**
 * The performance budgets of the production build, checked the way a user meets them; exits 1 when
 * any is exceeded. CI runs it after `npm test` (which builds dist/).
 *   npm run build && npm run perf:budgets        (LIGHTHOUSE_RUNS=n to change the 5 runs a page)
 *
 * - first-visit JavaScript ≤ 150 kB gzip: everything a fresh browser fetches to show the home
 *   screen, indicator and interface text included (worst of a zh-CN and an en browser);
 * - the app's own JavaScript (dist/assets without the indicator-set releases) ≤ 440 kB gzip, and
 *   each release of the built-in indicator set (its core and both languages' details) ≤ 1.25 kB
 *   gzip per indicator it holds: the app ships every release, so that content grows by design with each one, while the code must
 *   not; their sum, which the service worker downloads for offline use, is reported, and so is the
 *   service worker itself;
 * - Lighthouse (mobile, simulated throttling) on home, questionnaire and results: performance ≥ 95
 *   (median of the runs: single runs vary by a few points on a busy machine), accessibility 100 and
 *   CLS 0 on every run.
 * kB here is 1000 bytes, the stricter reading of the budget.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchBrowser } from './browser/chromium'
import { shippedReleases } from './build/releases'
import { measureFirstVisit } from './perf/firstVisit'
import { allJsFiles, gzipBytes, kB, releaseOf, serviceWorkerFiles } from './perf/jsSize'
import { auditPage, auditedPages, type Audit } from './perf/lighthouseAudit'
import { projectRoot, serveDist } from './perf/serveDist'

type Check = { name: string; value: number; unit: string; budget: string; ok: boolean }

if (!existsSync(join(projectRoot, 'dist/index.html'))) {
  console.error('dist/ is missing: run `npm run build` first')
  process.exit(1)
}

const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 5)
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`LIGHTHOUSE_RUNS must be a whole number ≥ 1 (got ${process.env.LIGHTHOUSE_RUNS})`)
  process.exit(1)
}
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN
}

const checks: Check[] = []
const server = await serveDist()
try {
  const browser = await launchBrowser()
  const visits = []
  for (const locale of ['zh-CN', 'en-US'])
    visits.push(await measureFirstVisit(browser, server.base, '/', locale, 'main h1'))
  await browser.close()
  for (const v of visits)
    console.log(
      `first visit / (${v.locale}): ${kB(v.gzipBytes)} kB gzip in ${v.files.length} files\n` +
        v.files.map((f) => `    ${String(kB(gzipBytes(f))).padStart(7)} kB  ${f}`).join('\n'),
    )
  const firstVisit = Math.max(...visits.map((v) => v.gzipBytes))
  checks.push({
    name: 'first-visit JS, gzip (home, worst language)',
    value: kB(firstVisit),
    unit: 'kB',
    budget: '≤ 150',
    ok: firstVisit <= 150_000,
  })
  const files = allJsFiles()
  const sum = (list: readonly string[]) => list.reduce((s, f) => s + gzipBytes(f), 0)
  const appCode = sum(files.filter((f) => releaseOf(f) === null))
  const releases = new Map<string, string[]>()
  for (const f of files) {
    const release = releaseOf(f)
    if (release !== null) releases.set(release, [...(releases.get(release) ?? []), f])
  }
  // The service worker and its workbox runtime run apart from the pages; shown, not budgeted.
  const workerBytes = serviceWorkerFiles().reduce((s, f) => s + gzipBytes(f), 0)
  console.log(
    `all JS, gzip (what the service worker caches for offline use): ${kB(sum(files))} kB, of which ` +
      `${releases.size} indicator-set release(s) ${kB(sum([...releases.values()].flat()))} kB\n` +
      `service worker JS (sw.js + workbox runtime, not in the app budget): ${kB(workerBytes)} kB gzip`,
  )
  // Until issue 16 one budget covered all JS (400 kB, then 420 with the data-safety screens). Once
  // every release of the indicator set ships, content grows with each release by design; the code
  // keeps a budget of its own, tighter than the old total (it was 343 kB when split, 360 kB
  // budget). Sets brought by users (the set-file reader with its 45 translated integrity rules,
  // 7 + 6.8 kB), weight profiles (3.7 kB), county targets, release notes and set-neutral report
  // wording took it to 379 kB, all of it in chunks loaded on first use: 390 kB. Collecting answers
  // from departments then added three screens (departments and the status board, the merge
  // screen, the department's workspace), three file formats with their strict readers, IndexedDB
  // responses and their text in two languages: +34.5 kB (379.1 → 413.6), none of it on the first
  // visit. Evidence files on answers (attach, safe download, clean-up: 5 kB) and the complete ZIP
  // backup (its archive reader and writer, fflate's inflate, their text: 10.7 kB) took it to
  // 429 kB, all loaded on first use. Hence 440 kB. Known room to make before raising it again:
  // the text of these screens comes in both languages with their code (a per-language bundle
  // would halve it, about 8 kB in all).
  checks.push({
    name: "app's own JS, gzip (all but indicator-set releases)",
    value: kB(appCode),
    unit: 'kB',
    budget: '≤ 440',
    ok: appCode <= 440_000,
  })
  // A release is as large as its content: measured per indicator (every indicator carries its
  // method, rubric, evidence and source notes in two languages), so a richer set may grow and a
  // bloated one may not. 1.0.0 was 1.12 kB per indicator (74.7 kB for 67).
  const indicatorCounts = new Map(
    shippedReleases().map(({ entry, set }) => [
      `${entry.setId}-${entry.version.replaceAll('.', '_')}`,
      set.indicators.length,
    ]),
  )
  for (const [release, list] of releases) {
    const bytes = sum(list)
    const count = indicatorCounts.get(release) ?? 1
    checks.push({
      name: `indicator-set release ${release}, gzip (core + zh-CN + en) per indicator (${count})`,
      value: kB(bytes / count),
      unit: 'kB',
      budget: '≤ 1.25',
      ok: bytes / count <= 1_250,
    })
  }

  for (const [page, path] of Object.entries(auditedPages)) {
    const audits: Audit[] = []
    for (let i = 0; i < runs; i++) audits.push(await auditPage(server.base, path))
    console.log(
      `lighthouse ${page}: ` +
        audits
          .map(
            (a) =>
              `perf ${a.performance} a11y ${a.accessibility} CLS ${a.cls.toFixed(3)} TBT ${a.tbtMs} ms LCP ${a.lcpMs} ms`,
          )
          .join(' | '),
    )
    const performance = median(audits.map((a) => a.performance))
    const accessibility = Math.min(...audits.map((a) => a.accessibility))
    const cls = Math.max(...audits.map((a) => a.cls))
    checks.push(
      {
        name: `Lighthouse performance, ${page} (median of ${runs})`,
        value: performance,
        unit: '',
        budget: '≥ 95',
        ok: performance >= 95,
      },
      {
        name: `Lighthouse accessibility, ${page} (worst run)`,
        value: accessibility,
        unit: '',
        budget: '= 100',
        ok: accessibility === 100,
      },
      {
        name: `CLS, ${page} (worst run)`,
        value: Number(cls.toFixed(3)),
        unit: '',
        budget: '= 0',
        ok: cls < 0.0005,
      },
    )
  }
} finally {
  await server.close()
}

console.log('\nbudget                                              value        budget   result')
for (const c of checks)
  console.log(
    `${c.name.padEnd(50)} ${`${c.value} ${c.unit}`.padStart(10)}   ${c.budget.padEnd(7)}  ${c.ok ? 'ok' : 'EXCEEDED'}`,
  )
mkdirSync(join(projectRoot, 'reports'), { recursive: true })
writeFileSync(join(projectRoot, 'reports/budgets.json'), JSON.stringify({ checks }, null, 2))
const failed = checks.filter((c) => !c.ok).length
console.log(`${checks.length - failed} budgets met, ${failed} exceeded`)
process.exit(failed === 0 ? 0 : 1)
