/**
 * Export files of format 2 carry the user's indicator sets their assessments use. Reading one
 * checks each carried set with every rule of a set file, and never lets one id and version mean
 * two contents: these tests walk through each way a carried set is accepted or refused.
 */
import { describe, expect, it } from 'vitest'
import type { Assessment } from '../src/domain/assessment/assessment'
import { buildExport, serialiseExport } from '../src/domain/exchange/exportFile'
import type { FindIndicatorSet } from '../src/domain/exchange/importAnswers'
import { parseImport } from '../src/domain/exchange/importFile'
import type { IndicatorSet } from '../src/domain/indicators/schema'
import { toSetFile } from '../src/domain/indicators/setFile'
import { must } from '../src/domain/testing/must'
import { testAssessment } from '../src/domain/testing/testAssessment'
import { districtSet } from './utils/districtSet'

const builtInSetIds = ['scm-default']
const district: IndicatorSet = districtSet()
const ref = { setId: district.meta.setId, version: district.meta.version }

const answered: Assessment = testAssessment({
  id: 'district-2026',
  indicatorSet: ref,
  answers: {
    'SLQ-001': { value: { type: 'kpi', value: 72 } },
    'SLQ-004': { value: { type: 'boolean', value: true } },
  },
})
const at = '2026-12-06T08:00:00.000Z'
const exportText = (sets: readonly IndicatorSet[], assessments = [answered]) =>
  serialiseExport(buildExport(assessments, '1.0.0', at, sets))
/** This browser has no set of its own. */
const none: FindIndicatorSet = () => null
const parse = (text: string, findSet: FindIndicatorSet = none) =>
  parseImport(text, { findSet, builtInSetIds })

describe('an export that carries an indicator set', () => {
  it('brings the set along when this browser lacks it, checking answers against it', () => {
    expect(parse(exportText([district]))).toEqual({
      ok: true,
      assessments: [answered],
      sets: [district],
      source: 'export',
    })
  })

  it('brings nothing new when this browser has the same set (same content)', () => {
    const result = parse(exportText([district]), (r) =>
      r.setId === ref.setId && r.version === ref.version ? district : null,
    )
    expect(result).toMatchObject({ ok: true, sets: [] })
  })

  it('is refused when this browser has that id and version with other content', () => {
    const changed: IndicatorSet = {
      ...district,
      indicators: district.indicators.map((i, n) => (n === 0 ? { ...i, weight: i.weight + 1 } : i)),
    }
    expect(parse(exportText([district]), () => changed)).toEqual({
      ok: false,
      problem: { kind: 'different-set', setId: ref.setId, version: ref.version },
    })
  })

  it('is refused when an assessment uses a set that is neither carried nor here', () => {
    expect(parse(exportText([]))).toMatchObject({
      ok: false,
      problem: {
        kind: 'answers',
        count: 1,
        issues: [{ kind: 'unknown-set', setId: ref.setId, version: ref.version }],
      },
    })
  })

  it('is refused when an answer does not fit the carried set', () => {
    const wrong = {
      ...answered,
      answers: { 'SLQ-004': { value: { type: 'kpi' as const, value: 1 } } },
    }
    expect(parse(exportText([district], [wrong]))).toMatchObject({
      ok: false,
      problem: { kind: 'answers', count: 1 },
    })
  })

  it('is refused when the carried set breaks a rule of set files, listing the problems', () => {
    const builtInId = { ...district, meta: { ...district.meta, setId: 'scm-default' } }
    const result = parse(
      exportText([builtInId], [{ ...answered, indicatorSet: { ...ref, setId: 'scm-default' } }]),
    )
    expect(result).toMatchObject({
      ok: false,
      problem: { kind: 'bad-set', setId: 'scm-default', version: ref.version, count: 1 },
    })
  })

  it('is refused when it carries the same set twice', () => {
    const file = JSON.parse(exportText([district])) as { sets: unknown[] }
    file.sets.push(file.sets[0])
    expect(parse(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { kind: 'duplicate-set', setId: ref.setId, version: ref.version },
    })
  })

  it('is refused, before the schema walks them, when it carries more than 20 sets', () => {
    const file = JSON.parse(exportText([district])) as { sets: unknown[] }
    file.sets = Array.from({ length: 21 }, () => toSetFile(district))
    expect(parse(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { kind: 'too-many-sets', count: 21, max: 20 },
    })
  })

  it('is refused when a carried set is not a set file (schema), naming the place', () => {
    const file = JSON.parse(exportText([district])) as { sets: { meta: object }[] }
    file.sets[0] = { ...must(file.sets[0]), meta: { ...must(file.sets[0]).meta, extra: 1 } }
    expect(parse(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { kind: 'unknown-key', key: 'extra', parent: '$.sets[0].meta' },
    })
  })
})
