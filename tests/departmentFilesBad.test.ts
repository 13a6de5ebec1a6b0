/**
 * Hostile, broken and mistaken department files are refused, each with its reason, and nothing is
 * read from them: packages (what a department opens) and returns (what the coordinator merges).
 * Each bad file is built from the committed good fixture with one change, so each case shows
 * exactly what is wrong with it. Then the returns that are well formed but do not belong to the
 * assessment they are merged into (`planReturn`), and the set check (`checkFileSet`).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readReleases } from '../scripts/build/releases'
import type { Assessment } from '../src/domain/assessment/assessment'
import { wrapAssessment } from '../src/domain/assessment/envelope'
import { planReturn } from '../src/domain/departments/planReturn'
import {
  checkFileSet,
  readPackageBytes,
  readReturnBytes,
  type DepartmentFileProblem,
} from '../src/domain/departments/readDepartmentFile'
import type { ReturnFile } from '../src/domain/departments/returnFile'
import { importLimits } from '../src/domain/exchange/importLimits'
import type { IndicatorSetRef } from '../src/domain/exchange/importAnswers'
import { districtSetText } from './utils/districtSet'

const fixture = (path: string) =>
  readFileSync(resolve(import.meta.dirname, 'fixtures', path), 'utf8')
const packageText = fixture('departments/package-v1.json')
const returnText = fixture('departments/return-v1.json')
const assessmentRecord = JSON.parse(fixture('v3/assessment.json')) as { assessment: Assessment }
const exportText = fixture('exports/v3.json')
const builtInSetIds = ['scm-default']
const releases = readReleases()
const findSet = (ref: IndicatorSetRef) =>
  releases.find((r) => r.entry.setId === ref.setId && r.entry.version === ref.version)?.set ?? null

type Json = Record<string, unknown>
/** The fixture as JSON, changed by `change`: one bad file per case. */
const changed = (text: string, change: (file: Json) => void): string => {
  const file = JSON.parse(text) as Json
  change(file)
  return JSON.stringify(file, null, 2)
}
const encode = (text: string) => new TextEncoder().encode(text)
const pkg = (change: (file: Json) => void) => encode(changed(packageText, change))
const ret = (change: (file: Json) => void) => encode(changed(returnText, change))
const answersOf = (file: Json) => file.answers as Json

const sharedCases: [string, Uint8Array, DepartmentFileProblem][] = [
  ['an empty file', encode('  \n'), { kind: 'empty' }],
  ['text that is not JSON', encode('{"format": '), { kind: 'not-json', line: 1, column: 12 }],
  [
    'bytes that are not UTF-8',
    Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x7d]),
    { kind: 'bad-encoding', offset: 2, line: 1 },
  ],
  [
    'a file over the size limit (checked before decoding)',
    new Uint8Array(importLimits.maxBytes + 1),
    { kind: 'too-large', bytes: importLimits.maxBytes + 1, maxBytes: importLimits.maxBytes },
  ],
  ['a JSON list instead of an object', encode('[1, 2]'), { kind: 'not-an-object' }],
]

const packageCases: [string, Uint8Array, DepartmentFileProblem][] = [
  ...sharedCases,
  [
    'a polluting __proto__ key',
    encode(packageText.replace('"packageId":', '"__proto__": {"isAdmin": true}, "packageId":')),
    { kind: 'forbidden-key', key: '__proto__', parent: '$' },
  ],
  [
    'a file with no format',
    pkg((f) => delete f.format),
    { kind: 'wrong-format', expected: 'package', format: null },
  ],
  [
    'a file of another program',
    pkg((f) => (f.format = 'excel-export')),
    { kind: 'wrong-format', expected: 'package', format: 'excel-export' },
  ],
  [
    'an assessment export opened as a package',
    encode(exportText),
    { kind: 'other-kind', expected: 'package', found: 'assessment-export' },
  ],
  [
    'a stored assessment record opened as a package',
    encode(
      JSON.stringify(wrapAssessment(assessmentRecord.assessment, '1', '2025-01-01T00:00:00Z')),
    ),
    { kind: 'other-kind', expected: 'package', found: 'assessment-record' },
  ],
  [
    'a return opened as a package',
    encode(returnText),
    { kind: 'other-kind', expected: 'package', found: 'return' },
  ],
  [
    'a package from a newer app',
    pkg((f) => (f.schemaVersion = 2)),
    { kind: 'newer-version', version: 2, supported: 1 },
  ],
  [
    'a version that is not a number',
    pkg((f) => (f.schemaVersion = '1')),
    { kind: 'unknown-version', version: '1' },
  ],
  [
    'nesting far deeper than any package',
    pkg((f) => {
      let deep: Json = {}
      const root = deep
      for (let i = 0; i < 30; i++) deep = (deep.x = {}) as Json
      f.note = root
    }),
    {
      kind: 'too-deep',
      path: '$.note.x.x….x.x.x.x',
      max: 14,
    },
  ],
  [
    'an unknown field (a script smuggled in)',
    pkg((f) => (f.onload = 'alert(1)')),
    { kind: 'unknown-key', key: 'onload', parent: '$' },
  ],
  [
    'an answer to something that is not an indicator id',
    pkg((f) => (answersOf(f)['<img src=x>'] = { note: 'x' })),
    { kind: 'bad-indicator-id', id: '<img src=x>', parent: '$.answers' },
  ],
  [
    'a note to the department over 2,000 characters',
    pkg((f) => (f.note = 'x'.repeat(2_001))),
    { kind: 'too-long', path: '$.note', max: 2_000 },
  ],
  [
    'a package with no indicator',
    pkg((f) => (f.indicatorIds = [])),
    {
      kind: 'invalid',
      path: '$.indicatorIds',
      message: 'Too small: expected array to have >=1 items',
    },
  ],
  [
    'a set hash that is not a SHA-256',
    pkg((f) => (((f.assessment as Json).indicatorSet as Json).sha256 = 'abc')),
    {
      kind: 'invalid',
      path: '$.assessment.indicatorSet.sha256',
      message: 'Invalid string: must match pattern /^[0-9a-f]{64}$/',
    },
  ],
  [
    'an indicator listed twice',
    pkg((f) => (f.indicatorIds = ['SC-003', 'SC-008', 'SC-003'])),
    { kind: 'duplicate-indicator', id: 'SC-003' },
  ],
  [
    'an answer to an indicator the package does not assign',
    pkg((f) => (answersOf(f)['SC-001'] = { value: { type: 'kpi', value: 1 } })),
    { kind: 'answer-not-assigned', id: 'SC-001' },
  ],
  [
    'a carried set that is not the set the package names',
    pkg((f) => (f.set = JSON.parse(districtSetText) as Json)),
    { kind: 'set-mismatch', setId: 'scm-default', version: '1.0.0' },
  ],
]

const returnCases: [string, Uint8Array, DepartmentFileProblem][] = [
  ...sharedCases,
  [
    'a package opened as a return',
    encode(packageText),
    { kind: 'other-kind', expected: 'return', found: 'package' },
  ],
  [
    'an assessment export opened as a return',
    encode(exportText),
    { kind: 'other-kind', expected: 'return', found: 'assessment-export' },
  ],
  [
    'a return from a newer app',
    ret((f) => (f.schemaVersion = 7)),
    { kind: 'newer-version', version: 7, supported: 1 },
  ],
  [
    'a polluting constructor key in an answer',
    encode(returnText.replace('"SC-003": {', '"SC-003": {"constructor": {"prototype": 1}, ')),
    { kind: 'forbidden-key', key: 'constructor', parent: '$.answers["SC-003"]' },
  ],
  [
    'a return with nobody named as having filled it in',
    ret((f) => (f.respondent = { name: '   ', department: '市卫生健康委员会' })),
    {
      kind: 'invalid',
      path: '$.respondent.name',
      message: 'Too small: expected string to have >=1 characters',
    },
  ],
  [
    'an answer with no time it was given',
    ret((f) => delete (answersOf(f)['SC-008'] as Json).answeredAt),
    {
      kind: 'invalid',
      path: '$.answers["SC-008"].answeredAt',
      message: 'Invalid input: expected string, received undefined',
    },
  ],
  [
    'an answer whose value is text',
    ret((f) => ((answersOf(f)['SC-008'] as Json).answer = { value: { type: 'kpi', value: '93' } })),
    {
      kind: 'invalid',
      path: '$.answers["SC-008"].answer.value.value',
      message: 'Invalid input: expected number, received string',
    },
  ],
]

describe('bad department packages', () => {
  it.each(packageCases)('refuses %s', (_, bytes, problem) => {
    expect(readPackageBytes(bytes, builtInSetIds)).toEqual({ ok: false, problem })
  })

  it('refuses a carried set that breaks the rules of a set file, listing its problems', () => {
    const district = JSON.parse(districtSetText) as { meta: Json }
    district.meta.setId = 'scm-default'
    const bytes = pkg((f) => {
      f.set = district
      f.assessment = {
        ...(f.assessment as Json),
        indicatorSet: {
          setId: 'scm-default',
          version: district.meta.version,
          sha256: 'a'.repeat(64),
        },
      }
    })
    const read = readPackageBytes(bytes, builtInSetIds)
    expect(read).toMatchObject({ ok: false, problem: { kind: 'bad-set', setId: 'scm-default' } })
    if (read.ok || read.problem.kind !== 'bad-set') return
    expect(read.problem.problems.map((p) => (p.code === 'rule' ? p.rule.code : p.code))).toContain(
      'built-in-set-id',
    )
  })

  it('reads the good fixture (so each refusal above is the one change)', () => {
    expect(readPackageBytes(encode(packageText), builtInSetIds).ok).toBe(true)
  })
})

describe('bad department returns', () => {
  it.each(returnCases)('refuses %s', (_, bytes, problem) => {
    expect(readReturnBytes(bytes)).toEqual({ ok: false, problem })
  })

  it('reads the good fixture (so each refusal above is the one change)', () => {
    expect(readReturnBytes(encode(returnText)).ok).toBe(true)
  })
})

describe('returns that do not belong to the assessment they are merged into', () => {
  const assessment = assessmentRecord.assessment
  const good = JSON.parse(returnText) as ReturnFile
  const plan = (change: (file: ReturnFile) => void, into: Assessment = assessment) => {
    const file = structuredClone(good)
    change(file)
    return planReturn(into, file, findSet)
  }

  it.each<[string, (file: ReturnFile) => void, unknown]>([
    [
      'a return for another city',
      (f) => (f.assessment.city = '宁波市'),
      { kind: 'other-city', city: '宁波市', year: 2024 },
    ],
    [
      'a return for another year',
      (f) => (f.assessment.year = 2023),
      { kind: 'other-year', year: 2023 },
    ],
    [
      'a return made against another version of the indicator set',
      (f) => (f.assessment.indicatorSet.version = '1.1.0'),
      { kind: 'other-version', setId: 'scm-default', version: '1.1.0' },
    ],
    [
      'a return for another assessment of the same city and year (a copy made elsewhere)',
      (f) => (f.assessment.id = 'someone-elses-copy'),
      { kind: 'other-assessment' },
    ],
    [
      'a return to a package this assessment never sent',
      (f) => (f.packageId = '00000000-dead-beef-0000-000000000000'),
      { kind: 'unknown-package' },
    ],
    [
      'a return that claims another department for the package',
      (f) => (f.department.id = 'transport'),
      { kind: 'unknown-package' },
    ],
    [
      'an answer the questionnaire could not have given',
      (f) => {
        const entry = f.answers['SC-008']
        if (entry !== undefined) entry.answer = { value: { type: 'level', level: 99 } }
      },
      {
        kind: 'answers',
        count: 1,
        issues: [
          {
            kind: 'value',
            path: '$.answers["SC-008"].value.type',
            problem: { code: 'wrong-type', field: 'type', expected: 'kpi', given: 'level' },
          },
        ],
      },
    ],
  ])('refuses %s', (_, change, problem) => {
    expect(plan(change)).toEqual({ ok: false, problem })
  })

  it('ignores answers to indicators the package did not assign, and lists them', () => {
    const planned = plan((f) => {
      f.answers['SC-001'] = {
        answer: { value: { type: 'kpi', value: 1 } },
        answeredAt: '2025-03-18T02:00:00.000Z',
      }
    })
    expect(planned.ok && planned.plan.unassigned).toEqual(['SC-001'])
    expect(planned.ok && planned.plan.entries.map((e) => e.indicatorId)).not.toContain('SC-001')
  })

  it('plans a return to a superseded package, and says it is superseded', () => {
    const newer = {
      ...(assessment.packages?.[1] as NonNullable<Assessment['packages']>[number]),
      packageId: 'aaaaaaaa-0000-4000-8000-000000000001',
      createdAt: '2025-03-15T00:00:00.000Z',
    }
    const planned = plan(() => undefined, {
      ...assessment,
      packages: [...(assessment.packages ?? []), newer],
    })
    expect(planned).toMatchObject({ ok: true, plan: { superseded: true } })
  })
})

describe('the indicator set a department file names', () => {
  const named = { setId: 'scm-default', version: '1.0.0', sha256: 'c4'.padEnd(64, '0') }
  const set = findSet(named)

  it('is refused when this app has no such version', () => {
    expect(checkFileSet(named, null, null)).toEqual({
      kind: 'unknown-set',
      setId: 'scm-default',
      version: '1.0.0',
    })
  })

  it('is refused when its content differs from the version this app has', () => {
    expect(checkFileSet(named, set, 'f'.repeat(64))).toEqual({
      kind: 'set-hash',
      setId: 'scm-default',
      version: '1.0.0',
    })
  })

  it('is accepted when the hashes agree', () => {
    expect(checkFileSet(named, set, named.sha256)).toBeNull()
  })
})
