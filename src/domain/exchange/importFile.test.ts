import { describe, expect, it } from 'vitest'
import { wrapAssessment } from '../assessment/envelope'
import { buildExport, serialiseExport } from './exportFile'
import { parseImport } from './importFile'
import { importLimits } from './importLimits'
import { testAssessment } from '../testing/testAssessment'

const a = testAssessment()
const exportText = (file: unknown) => JSON.stringify(file)
const valid = buildExport([a], '1.0.0', '2026-01-02T03:04:05.000Z')

describe('parseImport', () => {
  it('reads an export file, returning the assessments unchanged', () => {
    expect(parseImport(serialiseExport(valid))).toEqual({
      ok: true,
      assessments: [a],
      source: 'export',
    })
  })

  it('reads a single stored record (the IndexedDB envelope) as one assessment', () => {
    const record = JSON.stringify(wrapAssessment(a, '1.0.0', '2026-01-02T03:04:05.000Z'))
    expect(parseImport(record)).toEqual({ ok: true, assessments: [a], source: 'record' })
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

  it('refuses text over the byte limit before parsing it (multi-byte characters count fully)', () => {
    const limits = { ...importLimits, maxBytes: 10 }
    expect(parseImport('"12345678901"', limits)).toEqual({
      ok: false,
      problem: { kind: 'too-large', bytes: 13, maxBytes: 10 },
    })
    expect(parseImport('"杭州杭州"', limits)).toMatchObject({
      problem: { kind: 'too-large', bytes: 14 },
    })
  })

  it('refuses a newer or unknown export version without reading further', () => {
    expect(parseImport(exportText({ ...valid, schemaVersion: 5 }))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 5, supported: 1 },
    })
    expect(parseImport(exportText({ ...valid, schemaVersion: '1' }))).toEqual({
      ok: false,
      problem: { kind: 'unknown-version', version: '1' },
    })
    const record = { ...wrapAssessment(a, '1', '2026-01-02T03:04:05.000Z'), schemaVersion: 9 }
    expect(parseImport(exportText(record))).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 9, supported: 1 },
    })
  })

  it('names forbidden keys with their JSON path (zod alone would drop __proto__ silently)', () => {
    const text = serialiseExport(valid).replace('"SC-001": {', '"SC-001": {"__proto__": {},')
    expect(parseImport(text)).toEqual({
      ok: false,
      problem: {
        kind: 'forbidden-key',
        key: '__proto__',
        path: '$.assessments[0].answers["SC-001"].__proto__',
      },
    })
  })

  it('names unknown keys, over-long text and bad indicator ids with their paths', () => {
    const withKey = { ...valid, assessments: [{ ...a, isAdmin: true }] }
    expect(parseImport(exportText(withKey))).toEqual({
      ok: false,
      problem: { kind: 'unknown-key', key: 'isAdmin', path: '$.assessments[0].isAdmin' },
    })
    const longCity = { ...valid, assessments: [{ ...a, city: '城'.repeat(101) }] }
    expect(parseImport(exportText(longCity))).toEqual({
      ok: false,
      problem: { kind: 'too-long', path: '$.assessments[0].city', max: 100 },
    })
    const badId = { ...valid, assessments: [{ ...a, answers: { 'SC-1': {} } }] }
    expect(parseImport(exportText(badId))).toEqual({
      ok: false,
      problem: { kind: 'bad-indicator-id', id: 'SC-1', path: '$.assessments[0].answers["SC-1"]' },
    })
    const record = { ...wrapAssessment(a, '1', '2026-01-02T03:04:05.000Z'), extra: 1 }
    expect(parseImport(exportText(record))).toMatchObject({
      problem: { kind: 'unknown-key', key: 'extra', path: '$.extra' },
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
