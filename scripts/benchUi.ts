/**
 * Typing latency in a 150-indicator questionnaire, in real Chromium with 4× CPU throttling, read
 * from the Event Timing API (the worst event duration while typing). Service workers are blocked:
 * installing one is not typing. A benchmark, not a test:
 *   npm run bench:ui
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build, preview } from 'vite'
import { launchBrowser } from '../tests/e2e/browser'

const root = resolve(import.meta.dirname, '..')
const outDir = mkdtempSync(join(tmpdir(), 'scm-bench-ui-'))
const stress = resolve(import.meta.dirname, 'bench-ui/stressIndicatorSet.ts')

await build({
  root,
  logLevel: 'warn',
  build: { outDir, emptyOutDir: true },
  plugins: [
    {
      name: 'stress-indicator-set',
      enforce: 'pre',
      resolveId: (source) => (source.endsWith('/content/defaultIndicatorSet') ? stress : null),
    },
  ],
})
const server = await preview({
  root,
  logLevel: 'warn',
  build: { outDir },
  preview: { port: 0, strictPort: false },
})
const url = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''

const browser = await launchBrowser()
const page = await browser.newPage({ locale: 'zh-CN', serviceWorkers: 'block' })
await page.goto(`${url}/new`)
await page.getByRole('textbox', { name: '城市' }).fill('压力测试市')
await page.getByRole('textbox', { name: '评估年度' }).fill('2024')
await page.getByRole('button', { name: '创建并开始填写' }).click()
await page.waitForURL(/\/assessments\//)
// The questionnaire mounts its cards a few at a time: measure typing once all 150 are there.
await page.waitForFunction(
  () => document.querySelectorAll('.indicator-card').length === 150,
  null,
  {
    timeout: 60_000,
  },
)
const cards = await page.locator('.indicator-card').count()

const cdp = await page.context().newCDPSession(page)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
await page.evaluate(() => {
  const w = window as unknown as { __durations: { name: string; duration: number }[] }
  w.__durations = []
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__durations.push({ name: e.name, duration: e.duration })
  }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)
})

// Type into a note, a KPI value and an N/A reason far down the page, as an official would.
const targets = ['#SC-075-note', '#SC-140-note', '#SC-001-note']
const started = Date.now()
for (const selector of targets) {
  await page.locator(selector).scrollIntoViewIfNeeded()
  await page.locator(selector).click()
  await page.keyboard.type('数据来自市统计局年度报告 typed at speed 1234567890', { delay: 30 })
}
await page.waitForTimeout(1500)
const durations = await page.evaluate(
  () => (window as unknown as { __durations: { name: string; duration: number }[] }).__durations,
)
const keyEvents = durations.filter((d) =>
  ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'].includes(d.name),
)
const worst = keyEvents.reduce((m, d) => Math.max(m, d.duration), 0)
const sorted = keyEvents.map((d) => d.duration).sort((a, b) => a - b)
console.log(
  JSON.stringify(
    {
      indicators: cards,
      cpuThrottling: 4,
      keystrokes: targets.length * 44,
      slowEventsOver16ms: keyEvents.length,
      worstInputLatencyMs: worst,
      p75OfSlowEventsMs: sorted[Math.floor(sorted.length * 0.75)] ?? 0,
      seconds: (Date.now() - started) / 1000,
    },
    null,
    2,
  ),
)
await browser.close()
await server.close()
