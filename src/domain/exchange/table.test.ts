import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { tinySet } from '../testing/tinySet'
import { answerTable, summaryTable, type TableLabels } from './table'
import { testAssessment } from '../testing/testAssessment'

const labels: TableLabels = {
  answerHeader: {
    id: 'ID',
    dimension: 'Dim',
    name: 'Name',
    answer: 'Answer',
    score: 'Score',
    state: 'State',
    naReason: 'Reason',
    note: 'Note',
    dataQuality: 'Quality',
    evidence: 'Evidence',
    department: 'Department',
    person: 'Person',
    answeredAt: 'Answered at',
    packageId: 'Package',
    files: 'Files',
  },
  summaryHeader: { group: 'Group', name: 'Name', score: 'Score', level: 'Level', coverage: 'Cov' },
  groups: { capability: 'Cap', dimension: 'Dim', total: 'Total' },
  states: {
    scored: 'answered',
    na: 'n/a',
    unanswered: 'open',
    invalid: 'invalid',
    excluded: 'excluded',
    unknown: 'unknown',
  },
  yes: 'Yes',
  no: 'No',
  dataQuality: {
    measured: 'Measured',
    'survey-extrapolated': 'Survey',
    'higher-level-extrapolated': 'Higher',
    'assumption-estimate': 'Assumption',
    'personal-estimate': 'Personal',
    'unknown-method': 'Unknown',
  },
  provisional: '(provisional)',
}

const assessment: Assessment = testAssessment({
  indicatorSet: { setId: 'tiny', version: '1.0.0' },
  cityLevel: 'county',
  answers: {
    'SC-001': {
      value: { type: 'kpi', value: 80 },
      note: '=HYPERLINK("http://x")',
      dataQuality: 'measured',
      evidence: ['https://a.example/1', 'javascript:alert(1)', 'https://a.example/\u202Efdp.exe'],
      files: [
        {
          sha256: 'a'.repeat(64),
          name: 'report.pdf',
          size: 1,
          type: 'application/pdf',
          addedAt: '2026-01-20T09:00:00.000Z',
        },
        {
          sha256: 'b'.repeat(64),
          name: 'invoice\u202Efdp.exe',
          size: 1,
          type: '',
          addedAt: '2026-01-20T09:00:00.000Z',
        },
      ],
    },
    'SC-002': { value: { type: 'ratio', numerator: 35, denominator: 1 } },
    'SC-003': { notApplicable: { reason: '不适用' }, value: { type: 'level', level: 2 } },
    'SC-004': {
      value: { type: 'boolean', value: true },
      merged: {
        packageId: 'pkg-transport-0001',
        departmentId: 'transport',
        department: '交通运输局',
        person: '李明',
        answeredAt: '2026-01-20T09:00:00.000Z',
        mergedAt: '2026-01-22T10:00:00.000Z',
      },
    },
    'SC-005': { value: { type: 'choice', optionId: 'some' } },
    'SC-999': { note: 'from another set version' },
  },
})

describe('answerTable', () => {
  const table = answerTable(tinySet, assessment, 'en', labels)

  it('has the caller’s headers and one row per indicator, plus answers outside the set', () => {
    expect(table.header).toEqual([
      'ID',
      'Dim',
      'Name',
      'Answer',
      'Score',
      'State',
      'Reason',
      'Note',
      'Quality',
      'Evidence',
      'Department',
      'Person',
      'Answered at',
      'Package',
      'Files',
    ])
    expect(table.rows.map((r) => r[0])).toEqual([
      'SC-001',
      'SC-002',
      'SC-003',
      'SC-004',
      'SC-005',
      'SC-999',
    ])
  })

  it('writes answers as text in the chosen language, scores as numbers, states and notes', () => {
    expect(table.rows[0]).toEqual([
      'SC-001',
      'D1',
      'SC-001',
      '80 %',
      80,
      'answered',
      null,
      '=HYPERLINK("http://x")',
      'Measured',
      // The override is shown, not obeyed: a spreadsheet would display …/exe.pdf.
      'https://a.example/1\njavascript:alert(1)\nhttps://a.example/⟦U+202E⟧fdp.exe',
      null,
      null,
      null,
      null,
      'report.pdf (aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa)\ninvoice⟦U+202E⟧fdp.exe (bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb)',
    ])
    expect(table.rows[1]?.slice(3, 6)).toEqual(['35 / 1 = 35 min', 50, 'answered'])
    expect(table.rows[2]?.slice(3, 7)).toEqual(['2 — level 2', null, 'n/a', '不适用'])
    expect(table.rows[3]?.slice(3, 6)).toEqual(['Yes', 100, 'answered'])
    // Merged from a department's return: where it came from.
    expect(table.rows[3]?.slice(10)).toEqual([
      '交通运输局',
      '李明',
      '2026-01-20T09:00:00.000Z',
      'pkg-transport-0001',
      null,
    ])
    // SC-005 is not asked of county-level cities; its answer is still written down.
    expect(table.rows[4]?.slice(3, 6)).toEqual(['some', null, 'excluded'])
    expect(table.rows[5]).toEqual([
      'SC-999',
      null,
      null,
      null,
      null,
      'unknown',
      null,
      'from another set version',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })

  it('uses the Chinese indicator text for zh', () => {
    const zh = answerTable(tinySet, assessment, 'zh', labels)
    expect(zh.rows[0]?.slice(1, 4)).toEqual(['中文D1', '中文SC-001', '80 中文%'])
    expect(zh.rows[4]?.[3]).toBe('中文some')
  })

  it('leaves unanswered indicators empty', () => {
    const empty = answerTable(tinySet, { ...assessment, answers: {} }, 'en', labels)
    expect(empty.rows[0]).toEqual([
      'SC-001',
      'D1',
      'SC-001',
      null,
      null,
      'open',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ])
  })
})

describe('summaryTable', () => {
  it('lists the five capabilities, the dimensions and the weighted total with levels and coverage', () => {
    const table = summaryTable(tinySet, assessment, 'en', labels)
    expect(table.header).toEqual(['Group', 'Name', 'Score', 'Level', 'Cov'])
    expect(table.rows.map((r) => `${r[0]}:${r[1]}`)).toEqual([
      'Cap:DG',
      'Cap:DT',
      'Cap:ED',
      'Cap:MF',
      'Cap:SA',
      'Dim:D1',
      'Dim:D2',
      'Total:tiny set',
    ])
    expect(table.rows[0]).toEqual(['Cap', 'DG', 80, 'L4 L4', 100])
    // DT is informed only by SC-003, which is N/A: no score, no level, no coverage.
    expect(table.rows[1]).toEqual(['Cap', 'DT', null, null, null])
  })

  it('marks provisional levels', () => {
    const partial = {
      ...assessment,
      answers: { 'SC-004': { value: { type: 'boolean' as const, value: true } } },
    }
    const total = summaryTable(tinySet, partial, 'en', labels).rows.at(-1)
    expect(total?.[3]).toBe('L5 L5 (provisional)')
  })

  it('weights the total with the assessment’s weight profile and names it', () => {
    const profile = {
      id: 'd1-only',
      name: { zh: '只算 D1', en: 'D1 only' },
      source: tinySet.meta.sources[0]?.id ?? '',
      verification: 'verified' as const,
      note: { zh: '测试', en: 'test' },
      dimensionWeights: { D1: 100 },
      reportedApart: ['D2'],
    }
    const set = { ...tinySet, meta: { ...tinySet.meta, weightProfiles: [profile] } }
    const own = summaryTable(set, assessment, 'en', labels).rows.at(-1)
    const chosen = summaryTable(set, { ...assessment, weightProfile: 'd1-only' }, 'en', labels)
    const d1 = chosen.rows.find((r) => r[1] === 'D1')
    expect(own?.[1]).toBe('tiny set')
    expect(chosen.rows.at(-1)?.[1]).toBe('tiny set · D1 only')
    // D2 is reported apart: the total is D1's score alone, which the set's own weights mix with D2's.
    expect(chosen.rows.at(-1)?.[2]).toBe(d1?.[2])
    expect(own?.[2]).not.toBe(d1?.[2])
  })
})
