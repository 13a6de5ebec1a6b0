import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { AssessmentSchema, type Assessment } from '../../src/domain/assessment/assessment'
import { wrapAssessment } from '../../src/domain/assessment/envelope'

/**
 * Stores assessments in the app's IndexedDB exactly as the app would (the versioned envelope under
 * the assessment id); the next page load shows them. `base` is the origin serving the app.
 */
export const seedAssessments = async (
  page: Page,
  assessments: readonly Assessment[],
  base: string,
): Promise<void> => {
  await page.goto(`${base}/methodology`)
  await page.getByRole('heading', { level: 1 }).waitFor()
  await putStoredRecords(
    page,
    assessments.map((a) => [a.id, JSON.stringify(wrapAssessment(a, 'test', a.updatedAt))]),
  )
}

/**
 * Writes records into the app's `assessments` store as they are given (text under a key), on a
 * page of the app that has opened the database: also text the app cannot read.
 */
export const putStoredRecords = async (
  page: Page,
  records: readonly (readonly [string, string])[],
): Promise<void> => {
  await page.evaluate(async (entries) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('smart-city-maturity')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const tx = open.result.transaction('assessments', 'readwrite')
        for (const [key, value] of entries) tx.objectStore('assessments').put(value, key)
        tx.oncomplete = () => {
          open.result.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    })
  }, records)
}

/** An assessment file (an export's single record, e.g. a committed fixture), validated like any stored record. */
export const readAssessmentFile = (path: string): Assessment =>
  AssessmentSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
