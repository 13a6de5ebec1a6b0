/**
 * R12 and S4: every bad file in tests/fixtures/import-bad/ is refused with a named reason (and its
 * JSON path or position), the stored data stays byte-identical, and no prototype is polluted.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { openDB } from 'idb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { serialiseExport } from '../src/domain/exchange/exportFile'
import { parseImport, type ImportProblem } from '../src/domain/exchange/importFile'
import { importLimits } from '../src/domain/exchange/importLimits'
import { testAssessment } from '../src/domain/testing/testAssessment'
import { databaseName, openIndexedDbStorage } from '../src/storage/indexedDbStorage'
import { createMemoryStorage } from '../src/storage/memoryStorage'
import { createAssessmentsStore } from '../src/store/assessmentsStore'
import { systemClock } from '../src/store/saveQueue'

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures/import-bad', name), 'utf8')
const now = () => '2026-01-02T03:04:05.000Z'

const cases: [string, ImportProblem][] = [
  ['future-version.json', { kind: 'newer-version', version: 5, supported: 1 }],
  ['wrong-format.json', { kind: 'wrong-format', format: 'some-other-app-backup' }],
  ['proto-top.json', { kind: 'forbidden-key', key: '__proto__', path: '$.__proto__' }],
  [
    'proto-nested-in-answers.json',
    { kind: 'forbidden-key', key: '__proto__', path: '$.assessments[0].answers.__proto__' },
  ],
  [
    'constructor-prototype.json',
    { kind: 'forbidden-key', key: 'constructor', path: '$.assessments[0].constructor' },
  ],
  ['unknown-keys.json', { kind: 'unknown-key', key: 'isAdmin', path: '$.assessments[0].isAdmin' }],
  [
    'huge-note.json',
    { kind: 'too-long', path: '$.assessments[0].answers["SC-001"].note', max: 20_000 },
  ],
  ['not-json.txt', { kind: 'not-json', line: 1, column: 1 }],
  ['truncated.json', { kind: 'not-json', line: 27, column: 9 }],
]

/** The raw text of every stored record, by key. */
const snapshot = async () => {
  const db = await openDB(databaseName)
  const keys = await db.getAllKeys('assessments')
  const values = await db.getAll('assessments')
  const backups = await db.count('backups')
  db.close()
  return { records: keys.map((k, i) => [k, values[i]]), backups }
}

afterEach(() => {
  vi.restoreAllMocks()
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

describe('import of bad files', () => {
  it.each(cases)('refuses %s, naming the problem', (name, problem) => {
    expect(parseImport(fixture(name))).toEqual({ ok: false, problem })
  })

  it('refuses a file over 5 MB (too-big, generated here)', () => {
    const big = serialiseExport({
      format: 'smartcity-assessment-export',
      schemaVersion: 1,
      appVersion: '1',
      exportedAt: now(),
      assessments: Array.from({ length: 300 }, (_, i) =>
        testAssessment({
          id: `too-big-${String(i).padStart(4, '0')}`,
          year: 2000 + (i % 100),
          city: `City ${Math.floor(i / 100)}`,
          answers: { 'SC-001': { note: '长'.repeat(19_000) } },
        }),
      ),
    })
    expect(new TextEncoder().encode(big).length).toBeGreaterThan(importLimits.maxBytes)
    expect(parseImport(big)).toMatchObject({
      ok: false,
      problem: { kind: 'too-large', maxBytes: 5 * 1024 * 1024 },
    })
  })

  it('leaves the stored assessments byte-identical after every refused import', async () => {
    const storage = await openIndexedDbStorage('1', now)
    const { actions } = createAssessmentsStore({
      openStorage: () => Promise.resolve(storage),
      fallbackStorage: () => createMemoryStorage(now),
      now,
      clock: systemClock,
      newId: () => 'never-used-0001',
      journal: { write: () => true, read: () => [], clear: () => undefined },
    })
    await actions.hydrate()
    await actions.create({
      city: '杭州市',
      year: 2024,
      cityLevel: 'prefecture-and-above',
      indicatorSet: { setId: 'scm-default', version: '1.0.0' },
    })
    const before = await snapshot()
    expect(before.records).toHaveLength(1)
    const replaceMany = vi.spyOn(storage, 'replaceMany')
    for (const [name] of cases) {
      const parsed = parseImport(fixture(name))
      // The UI stops here; were a file ever accepted, it would go on to import.
      if (parsed.ok) await actions.importAssessments(parsed.assessments, new Map())
    }
    expect(replaceMany).not.toHaveBeenCalled()
    expect(await snapshot()).toEqual(before)
  })
})

describe('no prototype pollution', () => {
  it('leaves Object.prototype clean after reading the pollution fixtures', () => {
    for (const name of [
      'proto-top.json',
      'proto-nested-in-answers.json',
      'constructor-prototype.json',
    ]) {
      const result = parseImport(fixture(name))
      expect(result.ok).toBe(false)
      // Even the dangerous merge an attacker hopes for changes nothing once the file is refused.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    }
  })

  it('gives imported assessments plain prototypes all the way down', () => {
    const a = testAssessment({
      city: '__proto__ 市',
      answers: { 'SC-001': { note: 'constructor' } },
    })
    const text = serialiseExport({
      format: 'smartcity-assessment-export',
      schemaVersion: 1,
      appVersion: '1',
      exportedAt: now(),
      assessments: [a],
    })
    const result = parseImport(text)
    if (!result.ok) throw new Error('expected a valid import')
    const [assessment] = result.assessments
    expect(Object.getPrototypeOf(assessment)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(assessment?.answers)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(assessment?.answers['SC-001'])).toBe(Object.prototype)
    expect(assessment).toEqual(a)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
