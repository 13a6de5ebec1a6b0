/**
 * Lighthouse 12 (mobile defaults, simulated throttling) on the home, questionnaire and results
 * pages of the production build, each in a fresh profile with a real assessment stored. Offline:
 * Debian's Chromium, no network beyond 127.0.0.1.   npm run build && npm run perf:lighthouse
 */
import { auditPage, auditedPages, type Audit } from './perf/lighthouseAudit'
import { serveDist } from './perf/serveDist'

const server = await serveDist()
const report: Record<string, Audit> = {}
for (const [name, path] of Object.entries(auditedPages))
  report[name] = await auditPage(server.base, path)
console.log(JSON.stringify(report, null, 2))
await server.close()
