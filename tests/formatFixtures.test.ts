/**
 * Old files still open: one fixture per version of each file format this app has written, read
 * by today's code. A format change that forgets its older versions fails here.
 * - export 1 (`tests/fixtures/exports/v1.json`): assessments only;
 * - export 2 (`tests/fixtures/exports/v2.json`): assessments and the user's indicator sets;
 * - export 3 (`tests/fixtures/exports/v3.json`): assessments with departments, packages sent and
 *   merged answers;
 * - department package 1 and return 1 (`tests/fixtures/departments/`): see also
 *   departmentFilesBad.test.ts;
 * - backup 1 (`tests/fixtures/backups/v1.zip`, written by scripts/writeBackupFixture.ts): the
 *   manifest, the export and two files; see also backupZipBad.test.ts;
 * - stored record 1 (`tests/fixtures/v1/assessment.json`): see importBad.test.ts;
 * - set file 1 (`tests/fixtures/sets/district-12.set.json`): see setFileBad.test.ts;
 * - stored records 2 and 3: see migrations.test.ts;
 * - IndexedDB layouts 1 and 2: see the upgrade tests in src/storage/indexedDbStorage.test.ts.
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReleases } from '../scripts/build/releases'
import { readBackup } from '../src/domain/backup/readBackup'
import { parseImport } from '../src/domain/exchange/importFile'
import { planReturn } from '../src/domain/departments/planReturn'
import { readPackageBytes, readReturnBytes } from '../src/domain/departments/readDepartmentFile'
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

describe('export 3 and the department files', () => {
  it('export 3: departments, assignments, packages and merged answers come back as written', () => {
    const file = JSON.parse(fixture('exports/v3.json')) as { assessments: unknown[] }
    expect(parseImport(fixture('exports/v3.json'), options)).toEqual({
      ok: true,
      assessments: file.assessments,
      sets: [],
      source: 'export',
    })
  })

  const bytes = (path: string) => new TextEncoder().encode(fixture(path))

  it('package 1: read back whole, naming its assessment, department and indicators', () => {
    const read = readPackageBytes(bytes('departments/package-v1.json'), options.builtInSetIds)
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`)
    expect(read.file).toEqual(JSON.parse(fixture('departments/package-v1.json')))
    expect(read.file.department.name).toBe('市卫生健康委员会')
    expect(read.file.indicatorIds).toEqual(['SC-003', 'SC-008', 'SC-009'])
  })

  it('return 1: read back and planned against the stored-format-3 assessment it answers', () => {
    const read = readReturnBytes(bytes('departments/return-v1.json'))
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`)
    const record = JSON.parse(fixture('v3/assessment.json')) as {
      assessment: Parameters<typeof planReturn>[0]
    }
    const planned = planReturn(record.assessment, read.file, findSet)
    if (!planned.ok) throw new Error(`not planned: ${JSON.stringify(planned.problem)}`)
    expect(planned.plan.entries.map((e) => [e.indicatorId, e.kind])).toEqual([
      ['SC-003', 'same'],
      ['SC-008', 'different'],
      ['SC-009', 'different'],
    ])
    expect(planned.plan.superseded).toBe(false)
  })
})

describe('backup 1', () => {
  const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

  it('restores the assessments and both files, byte for byte, as the manifest lists them', async () => {
    const archive = new Uint8Array(
      readFileSync(resolve(import.meta.dirname, 'fixtures/backups/v1.zip')),
    )
    const read = await readBackup(archive, options, (bytes) => Promise.resolve(sha256(bytes)))
    if (!read.ok) throw new Error(`refused: ${JSON.stringify(read.problem)}`)
    expect(read.manifest).toMatchObject({
      format: 'smartcity-backup',
      schemaVersion: 1,
      createdAt: '2026-02-03T04:05:06.000Z',
    })
    expect(read.assessments.map((a) => [a.city, a.year, a.indicatorSet.version])).toEqual([
      ['杭州市', 2024, '1.1.0'],
      ['杭州市', 2025, '1.1.0'],
    ])
    expect(read.manifest.files.map((f) => [f.names, f.size])).toEqual([
      [['portal.png'], 11],
      [['12345热线年报.pdf', 'report.pdf'], 3_000],
    ])
    for (const file of read.files) expect(sha256(file.bytes)).toBe(file.sha256)
    expect(read.files.map((f) => f.sha256)).toEqual(read.manifest.files.map((f) => f.sha256))
  })
})
