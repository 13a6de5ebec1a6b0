/**
 * Every bad file in tests/fixtures/import-bad/ is refused with a named reason (and its JSON path
 * or position) and a message that says so in plain words, the stored data stays byte-identical, no
 * prototype is polluted, and no message grows with what the file holds.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { render, screen } from '@testing-library/react'
import i18next from 'i18next'
import { openDB } from 'idb'
import { createElement } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { findIndicatorSet } from '../src/content/defaultIndicatorSet'
import { serialiseExport } from '../src/domain/exchange/exportFile'
import {
  parseImport,
  parseImportBytes,
  type ImportProblem,
} from '../src/domain/exchange/importFile'
import { importLimits } from '../src/domain/exchange/importLimits'
import { testAssessment } from '../src/domain/testing/testAssessment'
import { ImportSession } from '../src/features/exchange/ImportSession'
import { databaseName, openIndexedDbStorage } from '../src/storage/indexedDbStorage'
import { createMemoryStorage } from '../src/storage/memoryStorage'
import { createAssessmentsStore } from '../src/store/assessmentsStore'
import { systemClock } from '../src/store/saveQueue'

/** A fixture's bytes, as the import reads a chosen file. */
const fixture = (name: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, 'fixtures/import-bad', name)))
const options = { findSet: findIndicatorSet }
const parse = (name: string) => parseImportBytes(fixture(name), options)
const now = () => '2026-01-02T03:04:05.000Z'

/** The refusal as the import shows it (English), each paragraph and list item separated by a space. */
const refusal = (problem: ImportProblem, fileName = 'bad.json') => {
  const { unmount } = render(
    createElement(ImportSession, {
      fileName,
      start: { step: 'refused', problem },
      onCancel: () => undefined,
    }),
  )
  const alert = screen.getByRole('alert')
  const text = [...alert.querySelectorAll('p, li')].map((e) => e.textContent).join(' ')
  unmount()
  return text
}

const answers = (issue: object, count = 1): ImportProblem =>
  ({ kind: 'answers', issues: [issue], count }) as ImportProblem
const at = (id: string, rest = '') => `$.assessments[0].answers["${id}"]${rest}`
const holds = (count: number) =>
  `it has answers that the questionnaire could not have given (${count} problem(s)):`

const cases: [string, ImportProblem, string][] = [
  [
    'future-version.json',
    { kind: 'newer-version', version: 5, supported: 3 },
    'it was made by a newer version (v5); this app reads up to v3. Update the app to import it.',
  ],
  [
    'wrong-format.json',
    { kind: 'wrong-format', format: 'some-other-app-backup' },
    'the file is not an export of this app (its format is “some-other-app-backup”, expected “smartcity-assessment-export”).',
  ],
  [
    'proto-top.json',
    { kind: 'forbidden-key', key: '__proto__', parent: '$' },
    'it contains the key “__proto__” in $, which is refused for safety.',
  ],
  [
    'proto-nested-in-answers.json',
    { kind: 'forbidden-key', key: '__proto__', parent: '$.assessments[0].answers' },
    'it contains the key “__proto__” in $.assessments[0].answers, which is refused for safety.',
  ],
  [
    'constructor-prototype.json',
    { kind: 'forbidden-key', key: 'constructor', parent: '$.assessments[0]' },
    'it contains the key “constructor” in $.assessments[0], which is refused for safety.',
  ],
  [
    'unknown-keys.json',
    { kind: 'unknown-key', key: 'isAdmin', parent: '$.assessments[0]' },
    'it contains an unknown field “isAdmin” in $.assessments[0].',
  ],
  [
    'huge-note.json',
    { kind: 'too-long', path: at('SC-001', '.note'), max: 20_000 },
    `the text at ${at('SC-001', '.note')} is too long (at most 20000 characters).`,
  ],
  [
    'not-json.txt',
    { kind: 'not-json', line: 1, column: 1 },
    'the file is not valid JSON (syntax error at line 1, column 1).',
  ],
  [
    'truncated.json',
    { kind: 'not-json', line: 27, column: 9 },
    'the file is not valid JSON (syntax error at line 27, column 9).',
  ],
  [
    'invalid-utf8-note.json',
    { kind: 'bad-encoding', offset: 593, line: 24 },
    'the file is not valid UTF-8 text (unreadable byte at offset 593, line 24). Save it as UTF-8 and try again.',
  ],
  [
    'ratio-zero-denominator.json',
    answers({
      kind: 'value',
      path: at('SC-003', '.value.denominator'),
      problem: { code: 'zero-denominator', field: 'denominator' },
    }),
    `${holds(1)} ${at('SC-003', '.value.denominator')}: the denominator cannot be 0.`,
  ],
  [
    'ratio-negative-parts.json',
    {
      kind: 'answers',
      count: 2,
      issues: [
        {
          kind: 'value',
          path: at('SC-005', '.value.numerator'),
          problem: { code: 'negative', field: 'numerator' },
        },
        {
          kind: 'value',
          path: at('SC-005', '.value.denominator'),
          problem: { code: 'negative', field: 'denominator' },
        },
      ],
    },
    `${holds(2)} ${at('SC-005', '.value.numerator')}: a part of a ratio cannot be negative. ${at('SC-005', '.value.denominator')}: a part of a ratio cannot be negative.`,
  ],
  [
    'level-99.json',
    answers({
      kind: 'value',
      path: at('SC-007', '.value.level'),
      problem: { code: 'unknown-level', field: 'level', level: 99, levels: [1, 2, 3, 4, 5] },
    }),
    `${holds(1)} ${at('SC-007', '.value.level')}: this indicator has no level 99 (its levels are 1, 2, 3, 4, 5).`,
  ],
  [
    'level-minus-3-under-na.json',
    answers({
      kind: 'value',
      path: at('SC-011', '.value.level'),
      problem: { code: 'unknown-level', field: 'level', level: -3, levels: [1, 2, 3, 4, 5] },
    }),
    `${holds(1)} ${at('SC-011', '.value.level')}: this indicator has no level -3 (its levels are 1, 2, 3, 4, 5).`,
  ],
  [
    'unknown-option.json',
    answers({
      kind: 'value',
      path: at('SC-004', '.value.optionId'),
      problem: { code: 'unknown-option', field: 'optionId', optionId: 'hourly' },
    }),
    `${holds(1)} ${at('SC-004', '.value.optionId')}: this indicator has no option “hourly”.`,
  ],
  [
    'number-for-rubric.json',
    answers({
      kind: 'value',
      path: at('SC-013', '.value.type'),
      problem: { code: 'wrong-type', field: 'type', expected: 'level', given: 'kpi' },
    }),
    `${holds(1)} ${at('SC-013', '.value.type')}: this indicator is answered with a rubric level, not with the value given.`,
  ],
  [
    'unknown-indicator.json',
    answers({
      kind: 'unknown-indicator',
      path: at('SC-999'),
      setId: 'scm-default',
      version: '1.0.0',
    }),
    `${holds(1)} ${at('SC-999')}: set “scm-default” version 1.0.0 has no such indicator.`,
  ],
  [
    'not-asked-at-county.json',
    answers({ kind: 'not-asked', path: at('SC-015'), cityLevel: 'county' }),
    `${holds(1)} ${at('SC-015')}: this indicator is not asked of the city level “County-level city (county)”.`,
  ],
  [
    'unknown-indicator-set.json',
    answers({
      kind: 'unknown-set',
      path: '$.assessments[0].indicatorSet',
      setId: 'scm-default',
      version: '2.0.0',
    }),
    `${holds(1)} $.assessments[0].indicatorSet: this assessment was made with indicator set “scm-default” version 2.0.0, which this app does not have.`,
  ],
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
  it.each(cases)('refuses %s, naming the problem in plain words', (name, problem, message) => {
    expect(parse(name)).toEqual({ ok: false, problem })
    expect(refusal(problem, name)).toBe(
      `“${name}” was not imported: ${message} Nothing was imported; the assessments in this browser are unchanged.`,
    )
  })

  it('refuses a file over 5 MB (too-big, generated here)', () => {
    const big = serialiseExport({
      format: 'smartcity-assessment-export',
      schemaVersion: 3,
      appVersion: '1',
      exportedAt: now(),
      sets: [],
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
    expect(parseImportBytes(new TextEncoder().encode(big), options)).toMatchObject({
      ok: false,
      problem: { kind: 'too-large', maxBytes: 5 * 1024 * 1024 },
    })
  })

  it('leaves the stored assessments byte-identical after every refused import', async () => {
    const storage = await openIndexedDbStorage('1', now)
    const { actions } = createAssessmentsStore({
      openStorage: () => Promise.resolve(storage),
      fallbackStorage: () => Promise.resolve(createMemoryStorage(now)),
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
      const parsed = parse(name)
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
      const result = parse(name)
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
      schemaVersion: 3,
      appVersion: '1',
      exportedAt: now(),
      assessments: [a],
      sets: [],
    })
    const result = parseImport(text, options)
    if (!result.ok) throw new Error('expected a valid import')
    const [assessment] = result.assessments
    expect(Object.getPrototypeOf(assessment)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(assessment?.answers)).toBe(Object.prototype)
    expect(Object.getPrototypeOf(assessment?.answers['SC-001'])).toBe(Object.prototype)
    expect(assessment).toEqual(a)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('messages stay short whatever the file holds', () => {
  const huge = 'k'.repeat(2 * 1024 * 1024)
  const cut = `${'k'.repeat(40)}…`
  const exportWith = (assessment: object) =>
    JSON.stringify({
      format: 'smartcity-assessment-export',
      schemaVersion: 1,
      appVersion: '1',
      exportedAt: now(),
      assessments: [assessment],
    })
  const a = testAssessment()
  const deep = `{"format":"x","a":${'['.repeat(100_000)}{"__proto__":1}${']'.repeat(100_000)}}`

  it.each([
    ['an unknown key', exportWith({ ...a, [huge]: 1 })],
    ['an answer id', exportWith({ ...a, answers: { [huge]: {} } })],
    ['a format', JSON.stringify({ format: huge })],
    ['a schema version', exportWith(a).replace('"schemaVersion":1', `"schemaVersion":"${huge}"`)],
  ])('shows a 2 MB value (%s) once, in a message under 500 characters', async (_, text) => {
    const result = parseImport(text, options)
    if (result.ok) throw new Error('expected a refusal')
    for (const language of ['en', 'zh-CN']) {
      await i18next.changeLanguage(language)
      const message = refusal(result.problem, `${'f'.repeat(250)}.json`)
      expect(message.length).toBeLessThan(500)
      expect(message.split(cut)).toHaveLength(2)
      expect(message).toContain(`${'f'.repeat(40)}…`)
    }
  })

  it('shortens the path of a key nested 100,000 levels deep', () => {
    const result = parseImport(deep, options)
    if (result.ok) throw new Error('expected a refusal')
    expect(result.problem).toEqual({
      kind: 'forbidden-key',
      key: '__proto__',
      parent: '$.a[0][0]…[0][0][0][0]',
    })
    expect(refusal(result.problem).length).toBeLessThan(500)
  })

  it('lists ten answer problems and counts the rest', () => {
    const many = Object.fromEntries(
      Array.from({ length: 25 }, (_, i) => [`SC-${String(900 + i)}`, { note: 'not in the set' }]),
    )
    const result = parseImport(exportWith({ ...a, answers: many }), options)
    if (result.ok) throw new Error('expected a refusal')
    const message = refusal(result.problem)
    expect(message).toContain('(25 problem(s)):')
    expect(message.match(/has no such indicator/g)).toHaveLength(10)
    expect(message).toContain('… and 15 more.')
  })
})

describe('files that were valid stay valid', () => {
  const read = (path: string) =>
    JSON.parse(readFileSync(resolve(import.meta.dirname, 'fixtures', path), 'utf8')) as object
  const asExport = (...assessments: object[]) =>
    JSON.stringify({
      format: 'smartcity-assessment-export',
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: now(),
      assessments,
    })

  it('imports the Hangzhou assessments and the hostile-strings one, exported together', () => {
    const assessments = [
      read('hangzhou-2023.assessment.json'),
      read('hangzhou-2024.assessment.json'),
      read('hostile-strings.assessment.json'),
    ]
    expect(parseImport(asExport(...assessments), options)).toEqual({
      ok: true,
      assessments,
      sets: [],
      source: 'export',
    })
  })

  it('imports the stored record of format version 1', () => {
    const record = read('v1/assessment.json') as { assessment: object }
    expect(parseImport(JSON.stringify(record), options)).toEqual({
      ok: true,
      assessments: [record.assessment],
      sets: [],
      source: 'record',
    })
  })
})
