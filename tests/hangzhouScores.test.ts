/**
 * The Hangzhou fixtures keep the scores they showed when 1.0.0 was the only release: the numbers
 * below were printed by the engine at commit 7bafa39 (before set 1.1.0 and county targets existed)
 * and again by today's engine, identical to the last digit. Whatever later releases change, an
 * assessment that records 1.0.0 is scored with the frozen 1.0.0 and must show exactly these.
 */
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readAssessmentFile } from '../scripts/browser/seed'
import { readReleases } from '../scripts/build/releases'
import { capabilityIds } from '../src/domain/indicators/schema'
import { scoreAssessment } from '../src/domain/scoring/scoreAssessment'

const first = readReleases().find((r) => r.entry.version === '1.0.0')
const fixture = (name: string) =>
  readAssessmentFile(resolve(import.meta.dirname, 'fixtures', `${name}.assessment.json`))

const before = {
  'hangzhou-2023': {
    total: 68.94480092632077,
    level: 'L3',
    capabilities: [
      61.439554317548755, 61.63636363636363, 61.94285714285714, 70.23035691109669,
      69.50416666666666,
    ],
    dimensions: [
      81.27494029850745, 64.33142857142857, 53.35, 71.94444444444444, 58.94, 70, 62.499999999999986,
      57.76666666666667,
    ],
  },
  'hangzhou-2024': {
    total: 81.57300803902564,
    level: 'L4',
    capabilities: [78.10411311053984, 61.34615384615385, 70.325, 86.04984101232967, 86.25],
    dimensions: [
      90.78571144278605, 82.41428571428573, 71.48, 70.60999999999999, 76.62727272727271, 81.25,
      90.00000000000001, 72.2,
    ],
  },
} as const

describe('Hangzhou 2023 and 2024 on the frozen 1.0.0', () => {
  it.each(Object.entries(before))('%s scores exactly as before 1.1.0', (name, expected) => {
    if (first === undefined) throw new Error('release 1.0.0 is missing')
    const assessment = fixture(name)
    expect(assessment.indicatorSet).toEqual({ setId: 'scm-default', version: '1.0.0' })
    const score = scoreAssessment(first.set, assessment.answers, assessment.cityLevel)
    expect(score.total.score).toBe(expected.total)
    expect(score.total.level?.level).toBe(expected.level)
    expect(capabilityIds.map((c) => score.capabilities[c].score)).toEqual(expected.capabilities)
    expect(score.dimensions.map((d) => d.score)).toEqual(expected.dimensions)
  })
})
