import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { readAssessmentFile, seedAssessments as seedAt } from '../../scripts/browser/seed'

export { putStoredRecords } from '../../scripts/browser/seed'
import { readReleases } from '../../scripts/build/releases'
import type { Assessment } from '../../src/domain/assessment/assessment'
import type { IndicatorSet } from '../../src/domain/indicators/schema'
import { baseUrl } from './browser'

/** Stores assessments in the test server's IndexedDB as the app would; the next page load shows them. */
export const seedAssessments = (page: Page, assessments: readonly Assessment[]): Promise<void> =>
  seedAt(page, assessments, baseUrl())

/** A committed assessment fixture from tests/fixtures/, validated like any stored record. */
export const loadFixture = (name: string): Assessment =>
  readAssessmentFile(resolve(import.meta.dirname, '../fixtures', name))

/** The stored record of an assessment, read from the page's IndexedDB as the app stored it. */
export const storedRecord = (page: Page, id: string): Promise<Assessment> =>
  page.evaluate(
    (key) =>
      new Promise<Assessment>((resolve, reject) => {
        const open = indexedDB.open('smart-city-maturity')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const get = open.result.transaction('assessments').objectStore('assessments').get(key)
          get.onsuccess = () => {
            open.result.close()
            resolve((JSON.parse(String(get.result)) as { assessment: Assessment }).assessment)
          }
          get.onerror = () => reject(get.error)
        }
      }),
    id,
  )

/**
 * The frozen release the committed fixtures record (1.0.0): what their questionnaire asks and
 * their scores are computed with, whatever newer release new assessments get.
 */
export const fixtureRelease = (): IndicatorSet => {
  const recorded = loadFixture('hangzhou-2024.assessment.json').indicatorSet
  const release = readReleases().find(
    (r) => r.entry.setId === recorded.setId && r.entry.version === recorded.version,
  )
  if (release === undefined) throw new Error(`release ${recorded.version} is missing`)
  return release.set
}
