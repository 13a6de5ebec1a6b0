import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { buildPackage } from '../../src/domain/departments/packageFile'
import {
  newResponseRecord,
  serialiseResponseRecord,
} from '../../src/domain/departments/responseRecord'

const releases = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../indicators/releases/releases.json'), 'utf8'),
) as { releases: { setId: string; version: string; sha256: string }[] }

/**
 * Stores a department's response to a package of `assessment` (its first `count` answered
 * indicators, with the coordinator's answers and a long note) in the page's IndexedDB, as the app
 * does when the package is opened; returns the package id. The page must be one of the app's, so
 * that the database exists at the current version.
 */
export const seedResponse = async (page: Page, assessment: Assessment, count = 3) => {
  const { setId, version } = assessment.indicatorSet
  const release = releases.releases.find((r) => r.setId === setId && r.version === version)
  if (release === undefined) throw new Error(`no release ${setId}@${version}`)
  const ids = Object.keys(assessment.answers).slice(0, count)
  const pkg = buildPackage(
    assessment,
    { id: 'ecology', name: '生态环境局 Ecology and Environment Bureau' },
    {
      packageId: 'pkg-reflow-0001',
      departmentId: 'ecology',
      createdAt: '2025-03-01T08:00:00.000Z',
      dueDate: '2025-04-30',
      note: 'Please fill in the figures of the annual environmental bulletin and link the source documents for every value: https://example.org/a-very-long-address/that/does/not/wrap/easily',
      indicatorIds: ids,
      base: Object.fromEntries(ids.map((id) => [id, assessment.answers[id] ?? {}])),
    },
    { sha256: release.sha256, carry: null },
    '1.0.0',
  )
  const text = serialiseResponseRecord(newResponseRecord(pkg, '2025-03-02T08:00:00.000Z'))
  await page.evaluate(
    async ([key, value]) => {
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('smart-city-maturity')
        open.onerror = () => fail(open.error)
        open.onsuccess = () => {
          const tx = open.result.transaction('responses', 'readwrite')
          tx.objectStore('responses').put(value, key)
          tx.oncomplete = () => {
            open.result.close()
            done()
          }
          tx.onerror = () => fail(tx.error)
        }
      })
    },
    [pkg.packageId, text] as const,
  )
  return pkg.packageId
}
