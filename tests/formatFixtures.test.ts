/**
 * Old files still open: one fixture per version of each file format this app has written, read
 * by today's code. A format change that forgets its older versions fails here.
 * - export 1 (`tests/fixtures/exports/v1.json`): assessments only;
 * - export 2 (`tests/fixtures/exports/v2.json`): assessments and the user's indicator sets;
 * - stored record 1 (`tests/fixtures/v1/assessment.json`): see importBad.test.ts;
 * - set file 1 (`tests/fixtures/sets/district-12.set.json`): see setFileBad.test.ts;
 * - IndexedDB layouts 1 and 2: see the upgrade tests in src/storage/indexedDbStorage.test.ts.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReleases } from '../scripts/build/releases'
import { parseImport } from '../src/domain/exchange/importFile'
import type { IndicatorSetRef } from '../src/domain/exchange/importAnswers'
import { scoreAssessment } from '../src/domain/scoring/scoreAssessment'
import { must } from '../src/domain/testing/must'

const fixture = (path: string) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures', path), 'utf8')
/** Every frozen release: old files name the version they were made with. */
const releases = readReleases()
const findSet = (ref: IndicatorSetRef) =>
  releases.find((r) => r.entry.setId === ref.setId && r.entry.version === ref.version)?.set ?? null
const options = { findSet, builtInSetIds: [...new Set(releases.map((r) => r.entry.setId))] }

describe('every export format version still imports', () => {
  it('export 1: the assessments, exactly as written, and no sets', () => {
    const file = JSON.parse(fixture('exports/v1.json')) as { assessments: unknown[] }
    expect(parseImport(fixture('exports/v1.json'), options)).toEqual({
      ok: true,
      assessments: file.assessments,
      sets: [],
      source: 'export',
    })
  })

  it('export 2: the assessments and the district set they use, which scores them', () => {
    const result = parseImport(fixture('exports/v2.json'), options)
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`)
    const [set] = result.sets
    const [assessment] = result.assessments
    expect(result.sets.map((s) => `${s.meta.setId}@${s.meta.version}`)).toEqual([
      'example-district-gov@1.1.0',
    ])
    expect(must(assessment).indicatorSet).toEqual({
      setId: 'example-district-gov',
      version: '1.1.0',
    })
    const scored = scoreAssessment(must(set), must(assessment).answers, 'county')
    expect(scored.completeness).toMatchObject({ done: 12, asked: 12 })
    expect(Object.keys(scored.capabilities).sort()).toEqual(['DG', 'DT', 'ED', 'MF', 'SA'])
  })
})
