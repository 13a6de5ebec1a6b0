import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import { readAssessmentFile, seedAssessments as seedAt } from '../../scripts/browser/seed'

export { putStoredRecords } from '../../scripts/browser/seed'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { baseUrl } from './browser'

/** Stores assessments in the test server's IndexedDB as the app would; the next page load shows them. */
export const seedAssessments = (page: Page, assessments: readonly Assessment[]): Promise<void> =>
  seedAt(page, assessments, baseUrl())

/** A committed assessment fixture from tests/fixtures/, validated like any stored record. */
export const loadFixture = (name: string): Assessment =>
  readAssessmentFile(resolve(import.meta.dirname, '../fixtures', name))
