/**
 * Two assessments of one city made with different built-in versions, for tests of comparing
 * across versions: 杭州市 2024 with 1.0.0 (the fixture) and 杭州市 2025 with the test release
 * 1.9.0 (tests/fixtures/releases: SC-001's target lowered, SC-003 retired, SC-099 added), whose
 * answers are the 2023 fixture's without SC-003 (1.9.0 no longer asks it).
 */
import { resolve } from 'node:path'
import { readReleases } from '../../scripts/build/releases'
import { AssessmentSchema, type Assessment } from '../../src/domain/assessment/assessment'
import fixture2023 from '../fixtures/hangzhou-2023.assessment.json'
import fixture2024 from '../fixtures/hangzhou-2024.assessment.json'

const [first] = readReleases()
const [later] = readReleases(resolve(import.meta.dirname, '../fixtures/releases'))
if (first === undefined || later === undefined) throw new Error('releases missing')

/** The sets 1.0.0 and 1.9.0, in full. */
export const releasedSet = first.set
export const laterSet = later.set

export const on100: Assessment = AssessmentSchema.parse(fixture2024)

const base = AssessmentSchema.parse(fixture2023)
export const on190: Assessment = {
  ...base,
  id: 'fixture-hangzhou-2025-v190',
  year: 2025,
  indicatorSet: { setId: later.entry.setId, version: later.entry.version },
  answers: Object.fromEntries(Object.entries(base.answers).filter(([id]) => id !== 'SC-003')),
}
