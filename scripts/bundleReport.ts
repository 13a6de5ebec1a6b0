/**
 * Measures the production build: the JavaScript the first visit loads (entry script, its
 * modulepreloads and the larger of the two indicator-text chunks, gzip) versus all JavaScript, and
 * whether recharts is in the first-screen code.
 *   npm run build && npx tsx scripts/bundleReport.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

const dist = resolve(import.meta.dirname, '../dist')
const html = readFileSync(join(dist, 'index.html'), 'utf8')
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '')
const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const all = readdirSync(join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
const kb = (bytes: number) => Math.round(bytes / 10.24) / 100
/** The indicator text of the interface language is fetched before the first render, so it counts. */
const languageChunks = all.filter((f) => /\/(zh-CN|en)-[^/]+\.js$/.test(f))
const initialBytes = initial.reduce((s, f) => s + gz(f), 0)
const report = {
  firstVisitJsGzipKiB: kb(initialBytes + Math.max(0, ...languageChunks.map(gz))),
  languageChunks: languageChunks.map((f) => ({ file: f, gzipKiB: kb(gz(f)) })),
  initialJsGzipKiB: kb(initialBytes),
  allJsGzipKiB: kb(all.reduce((s, f) => s + gz(f), 0)),
  initialChunks: initial.map((f) => ({ file: f, gzipKiB: kb(gz(f)) })),
  rechartsInInitialChunks: initial.some((f) =>
    readFileSync(join(dist, f), 'utf8').includes('recharts-surface'),
  ),
  rechartsChunks: all.filter((f) =>
    readFileSync(join(dist, f), 'utf8').includes('recharts-surface'),
  ),
}
console.log(JSON.stringify(report, null, 2))
