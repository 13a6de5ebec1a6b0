import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { wrapAssessment } from '../assessment/envelope'
import { buildExport, serialiseExport } from './exportFile'
import type { FindIndicatorSet } from './importAnswers'
import { parseImport as parseWith, parseImportBytes } from './importFile'
import { importLimits, type ImportLimits } from './importLimits'
import { testAssessment } from '../testing/testAssessment'
import { tinySet } from '../testing/tinySet'

/** The app's sets, as far as these tests go: the tiny set alone. */
const findSet: FindIndicatorSet = ({ setId, version }) =>
  setId === tinySet.meta.setId && version === tinySet.meta.version ? tinySet : null
const parseImport = (text: string, limits?: ImportLimits) =>
  parseWith(text, { findSet, ...(limits === undefined ? {} : { limits }) })

const a = testAssessment({ indicatorSet: { setId: 'tiny', version: '1.0.0' } })
const exportText = (file: unknown) => JSON.stringify(file)
const valid = buildExport([a], '1.0.0', '2026-01-02T03:04:05.000Z')

describe('parseImport', () => {
  it('reads an export file, returning the assessments unchanged', () => {
    expect(parseImport(serialiseExport(valid))).toEqual({
      ok: true,
      assessments: [a],
      sets: [],
      source: 'export',
    })
  })

  it('reads a single stored record (the IndexedDB envelope) as one assessment', () => {
    const record = JSON.stringify(wrapAssessment(a, '1.0.0', '2026-01-02T03:04:05.000Z'))
    expect(parseImport(record)).toEqual({ ok: true, assessments: [a], sets: [], source: 'record' })
  })

  it('accepts a UTF-8 byte-order mark in front (Windows editors add one)', () => {
    expect(parseImport(`\uFEFF${serialiseExport(valid)}`).ok).toBe(true)
  })

  it.each([
    ['', { kind: 'empty' }],
    ['  \n', { kind: 'empty' }],
    ['[1, 2]', { kind: 'not-an-object' }],
    ['"text"', { kind: 'not-an-object' }],
    ['{"a": 1}', { kind: 'wrong-format', format: null }],
    ['{"format": "other"}', { kind: 'wrong-format', format: 'other' }],
    ['{\n  "format": }', { kind: 'not-json', line: 2, column: 13 }],
  ])('refuses %j', (text, problem) => {
    expect(parseImport(text)).toEqual({ ok: false, problem })
  })

  it('refuses a newer or unknown export version without reading further', () => {
    expect(parseImport(exportText({ ...valid, schemaVersion: 5 }))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 5, supported: 3 },
    })
    expect(parseImport(exportText({ ...valid, schemaVersion: '1' }))).toEqual({
      ok: false,
      problem: { kind: 'unknown-version', version: '1' },
    })
    const record = { ...wrapAssessment(a, '1', '2026-01-02T03:04:05.000Z'), schemaVersion: 9 }
    expect(parseImport(exportText(record))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 9, supported: 3 },
    })
  })

  it('names forbidden keys with their JSON path (zod alone would drop __proto__ silently)', () => {
    const text = serialiseExport(valid).replace('"SC-001": {', '"SC-001": {"__proto__": {},')
    expect(parseImport(text)).toEqual({
      ok: false,
      problem: {
        kind: 'forbidden-key',
        key: '__proto__',
        parent: '$.assessments[0].answers["SC-001"]',
      },
    })
  })

  it('names unknown keys, over-long text and bad indicator ids with their paths', () => {
    const withKey = { ...valid, assessments: [{ ...a, isAdmin: true }] }
    expect(parseImport(exportText(withKey))).toEqual({
      ok: false,
      problem: { kind: 'unknown-key', key: 'isAdmin', parent: '$.assessments[0]' },
    })
    const longCity = { ...valid, assessments: [{ ...a, city: '城'.repeat(101) }] }
    expect(parseImport(exportText(longCity))).toEqual({
      ok: false,
      problem: { kind: 'too-long', path: '$.assessments[0].city', max: 100 },
    })
    const badId = { ...valid, assessments: [{ ...a, answers: { 'SC-1': {} } }] }
    expect(parseImport(exportText(badId))).toEqual({
      ok: false,
      problem: { kind: 'bad-indicator-id', id: 'SC-1', parent: '$.assessments[0].answers' },
    })
    const record = { ...wrapAssessment(a, '1', '2026-01-02T03:04:05.000Z'), extra: 1 }
    expect(parseImport(exportText(record))).toMatchObject({
      problem: { kind: 'unknown-key', key: 'extra', parent: '$' },
    })
  })

  it('repeats a 2 MB key or id from the file once, as a 40-character excerpt', () => {
    const huge = 'k'.repeat(2 * 1024 * 1024)
    const cut = `${'k'.repeat(40)}…`
    const withKey = exportText({ ...valid, assessments: [{ ...a, [huge]: 1 }] })
    expect(parseImport(withKey)).toEqual({
      ok: false,
      problem: { kind: 'unknown-key', key: cut, parent: '$.assessments[0]' },
    })
    const withId = exportText({ ...valid, assessments: [{ ...a, answers: { [huge]: {} } }] })
    expect(parseImport(withId)).toEqual({
      ok: false,
      problem: { kind: 'bad-indicator-id', id: cut, parent: '$.assessments[0].answers' },
    })
    expect(parseImport(exportText({ format: huge }))).toEqual({
      ok: false,
      problem: { kind: 'wrong-format', format: cut },
    })
    expect(parseImport(exportText({ ...valid, schemaVersion: huge }))).toEqual({
      ok: false,
      problem: { kind: 'unknown-version', version: cut },
    })
  })

  it('refuses answers that do not fit their indicators, listing each with its path', () => {
    const bad: Assessment = {
      ...a,
      id: 'abcdefgh-0002',
      year: 2023,
      answers: {
        'SC-001': { value: { type: 'kpi', value: 130 } },
        'SC-002': { value: { type: 'ratio', numerator: 1, denominator: 0 } },
        'SC-003': { value: { type: 'level', level: 99 } },
      },
    }
    expect(parseImport(exportText({ ...valid, assessments: [a, bad] }))).toMatchObject({
      ok: false,
      problem: {
        kind: 'answers',
        count: 3,
        issues: [
          { kind: 'value', path: '$.assessments[1].answers["SC-001"].value.value' },
          { kind: 'value', path: '$.assessments[1].answers["SC-002"].value.denominator' },
          { kind: 'value', path: '$.assessments[1].answers["SC-003"].value.level' },
        ],
      },
    })
    const record = wrapAssessment(bad, '1', '2026-01-02T03:04:05.000Z')
    expect(parseImport(exportText(record))).toMatchObject({
      problem: {
        kind: 'answers',
        issues: [
          { path: '$.assessment.answers["SC-001"].value.value' },
          { path: '$.assessment.answers["SC-002"].value.denominator' },
          { path: '$.assessment.answers["SC-003"].value.level' },
        ],
      },
    })
  })

  it('refuses an assessment made with an indicator set this app does not have', () => {
    const other = { ...a, indicatorSet: { setId: 'tiny', version: '2.0.0' } }
    expect(parseImport(exportText({ ...valid, assessments: [other] }))).toEqual({
      ok: false,
      problem: {
        kind: 'answers',
        count: 1,
        issues: [
          {
            kind: 'unknown-set',
            path: '$.assessments[0].indicatorSet',
            setId: 'tiny',
            version: '2.0.0',
          },
        ],
      },
    })
  })

  it('reports other schema violations with path and message', () => {
    const badYear = { ...valid, assessments: [{ ...a, year: 1900 }] }
    expect(parseImport(exportText(badYear))).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', path: '$.assessments[0].year' },
    })
  })

  it('refuses more assessments than the limit', () => {
    const many = { ...valid, assessments: Array.from({ length: 3 }, () => a) }
    expect(parseImport(exportText(many), { ...importLimits, maxAssessments: 2 })).toEqual({
      ok: false,
      problem: { kind: 'too-many', count: 3, max: 2 },
    })
  })

  it('refuses two assessments with one id, or one city twice for the same year', () => {
    const b = testAssessment({ id: 'abcdefgh-0002', city: ' 杭州市 ' })
    expect(parseImport(exportText({ ...valid, assessments: [a, { ...b, id: a.id }] }))).toEqual({
      ok: false,
      problem: { kind: 'duplicate-id', id: a.id, path: '$.assessments[1].id' },
    })
    expect(parseImport(exportText({ ...valid, assessments: [a, b] }))).toEqual({
      ok: false,
      problem: {
        kind: 'duplicate-city-year',
        city: '杭州市',
        year: 2024,
        path: '$.assessments[1]',
      },
    })
  })

  it('never throws, whatever the text', () => {
    for (const text of [
      '{',
      '}',
      'null',
      'undefined',
      '1e999',
      '[[[[',
      '{"format":null}',
      '\u0000',
    ])
      expect(() => parseImport(text)).not.toThrow()
  })
})

describe('parseImportBytes', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)

  it('reads UTF-8 bytes, with or without a byte-order mark', () => {
    const bytes = utf8(serialiseExport(valid))
    expect(parseImportBytes(bytes, { findSet })).toEqual(parseImport(serialiseExport(valid)))
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    expect(parseImportBytes(withBom, { findSet }).ok).toBe(true)
  })

  it('refuses invalid UTF-8 with the offset and line of the first bad byte, never replacing it', () => {
    const bytes = utf8(serialiseExport(valid).replace('备注', 'XX'))
    const at = bytes.indexOf(0x58)
    bytes.set([0xb1, 0xb8], at)
    const line = new TextDecoder().decode(bytes.slice(0, at)).split('\n').length
    expect(parseImportBytes(bytes, { findSet })).toEqual({
      ok: false,
      problem: { kind: 'bad-encoding', offset: at, line },
    })
  })

  it('refuses bytes over the limit before decoding them (multi-byte characters count fully)', () => {
    const limits = { ...importLimits, maxBytes: 13 }
    expect(parseImportBytes(utf8('"杭州杭州"'), { findSet, limits })).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: 14, maxBytes: 13 },
    })
    const tiny = { ...importLimits, maxBytes: 3 }
    expect(
      parseImportBytes(new Uint8Array([0xff, 0xff, 0xff, 0xff]), { findSet, limits: tiny }),
    ).toEqual({ ok: false, problem: { kind: 'too-large', bytes: 4, maxBytes: 3 } })
  })
})
