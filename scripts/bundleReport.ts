/**
 * A static look at the production build: the entry script and its modulepreloads, all JavaScript
 * (gzip), and whether recharts is in the first-screen code. What a first visit really downloads
 * (interface and indicator text included) is measured in a browser by `npm run perf:budgets`.
 *   npm run build && npm run perf:bundle
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
const initialBytes = initial.reduce((s, f) => s + gz(f), 0)
const report = {
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
