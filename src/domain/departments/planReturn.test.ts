import { describe, expect, it } from 'vitest'
import type { Answer } from '../assessment/answer'
import {
  assessmentWithPackage,
  findTinySet,
  issuedPackage,
  kpi,
  returnOf,
} from '../testing/departmentFixtures'
import { planReturn, type ReturnPlan } from './planReturn'
import type { ReturnFile } from './returnFile'

const base = kpi(50)
const changed = kpi(60)
const other = kpi(70)

/** The assessment's answer to SC-001 when the package was made, and now. */
const currents = {
  'absent (none when the package was made)': { base: undefined, current: undefined },
  'absent (cleared since the package was made)': { base, current: undefined },
  'the same as when the package was made': { base, current: base },
  'changed since the package was made': { base, current: changed },
} as const

type Current = keyof typeof currents
type Returned = 'absent' | 'empty' | 'the current one' | 'the package one' | 'another'

const returnedAnswer = (kind: Returned, { base: b, current: c }: (typeof currents)[Current]) => {
  switch (kind) {
    case 'absent':
      return undefined
    case 'empty':
      return {} satisfies Answer
    case 'the current one':
      return c
    case 'the package one':
      return b
    case 'another':
      return other
  }
}

/** What the plan lists for SC-001: its kind, or null when the returned answer is not listed. */
const table: [Current, Returned, string | null][] = [
  ['absent (none when the package was made)', 'absent', null],
  ['absent (none when the package was made)', 'empty', null],
  ['absent (none when the package was made)', 'the current one', null],
  ['absent (none when the package was made)', 'the package one', null],
  ['absent (none when the package was made)', 'another', 'new'],
  ['absent (cleared since the package was made)', 'absent', null],
  ['absent (cleared since the package was made)', 'empty', null],
  ['absent (cleared since the package was made)', 'the current one', null],
  ['absent (cleared since the package was made)', 'the package one', 'new'],
  ['absent (cleared since the package was made)', 'another', 'new'],
  ['the same as when the package was made', 'absent', null],
  ['the same as when the package was made', 'empty', null],
  ['the same as when the package was made', 'the current one', 'same'],
  ['the same as when the package was made', 'the package one', 'same'],
  ['the same as when the package was made', 'another', 'different'],
  ['changed since the package was made', 'absent', null],
  ['changed since the package was made', 'empty', null],
  ['changed since the package was made', 'the current one', 'same'],
  ['changed since the package was made', 'the package one', 'conflict'],
  ['changed since the package was made', 'another', 'conflict'],
]

const answersOf = (answer: Answer | undefined): Record<string, Answer> =>
  answer === undefined ? {} : { 'SC-001': answer }

const planned = (assessmentAnswers: ReturnType<typeof assessmentWithPackage>, file: ReturnFile) => {
  const outcome = planReturn(assessmentAnswers, file, findTinySet)
  if (!outcome.ok) throw new Error(`refused: ${outcome.problem.kind}`)
  return outcome.plan
}

describe('planReturn', () => {
  it.each(table)('current %s, returned %s: %s', (current, returned, expected) => {
    const state = currents[current]
    const assessment = assessmentWithPackage(answersOf(state.base), answersOf(state.current))
    const answer = returnedAnswer(returned, state)
    const plan = planned(
      assessment,
      returnOf(assessment, answer === undefined ? {} : { 'SC-001': answer }),
    )
    const entry = plan.entries.find((e) => e.indicatorId === 'SC-001')
    expect(entry?.kind ?? null).toBe(expected)
    if (entry !== undefined) {
      expect(entry.current).toEqual(state.current)
      expect(entry.returned).toEqual(answer)
      expect(entry.answeredAt).toBe('2026-01-20T09:00:00.000Z')
    }
    expect(plan.superseded).toBe(false)
    expect(plan.unassigned).toEqual([])
  })

  it('covers every pair of current and returned answer once', () => {
    const pairs = new Set(table.map(([c, r]) => `${c}|${r}`))
    expect(pairs.size).toBe(Object.keys(currents).length * 5)
  })

  it('plans several answers at once, in indicator order, with the package it answers', () => {
    const assessment = assessmentWithPackage(
      { 'SC-001': base, 'SC-002': kpi(30) },
      { 'SC-001': changed, 'SC-002': kpi(30) },
    )
    const plan: ReturnPlan = planned(
      assessment,
      returnOf(assessment, {
        'SC-004': { value: { type: 'boolean', value: true } },
        'SC-002': kpi(20),
        'SC-001': other,
      }),
    )
    expect(plan.entries.map((e) => [e.indicatorId, e.kind])).toEqual([
      ['SC-001', 'conflict'],
      ['SC-002', 'different'],
      ['SC-004', 'new'],
    ])
    expect(plan.packageId).toBe('pkg-transport-0001')
    expect(plan.issued).toEqual(assessment.packages?.[0])
  })

  it('lists answers to indicators the package did not assign, and leaves them out', () => {
    const assessment = assessmentWithPackage({})
    const plan = planned(
      assessment,
      returnOf(assessment, {
        'SC-005': { value: { type: 'choice', optionId: 'all' } },
        'SC-001': other,
        'SC-003': { value: { type: 'level', level: 2 } },
      }),
    )
    expect(plan.entries.map((e) => e.indicatorId)).toEqual(['SC-001'])
    expect(plan.unassigned).toEqual(['SC-003', 'SC-005'])
  })

  it('plans a return to a package that a newer one superseded, and says so', () => {
    const older = issuedPackage({})
    const newer = issuedPackage(
      {},
      {
        packageId: 'pkg-transport-0002',
        createdAt: '2026-01-15T08:00:00.000Z',
      },
    )
    const assessment = assessmentWithPackage({}, {}, [older, newer])
    const plan = planned(assessment, returnOf(assessment, { 'SC-001': other }, older))
    expect(plan.superseded).toBe(true)
    expect(plan.packageId).toBe(older.packageId)
    expect(plan.entries.map((e) => e.kind)).toEqual(['new'])
    // The newest package itself is not superseded.
    expect(planned(assessment, returnOf(assessment, { 'SC-001': other }, newer)).superseded).toBe(
      false,
    )
  })

  describe('refuses a return that is not for this assessment or package', () => {
    const assessment = assessmentWithPackage({})
    const file = returnOf(assessment, { 'SC-001': other })
    const named = file.assessment
    const refusals: [string, ReturnFile, unknown][] = [
      [
        'another city',
        { ...file, assessment: { ...named, city: '宁波市' } },
        { kind: 'other-city', city: '宁波市', year: 2026 },
      ],
      [
        'another year',
        { ...file, assessment: { ...named, year: 2025 } },
        { kind: 'other-year', year: 2025 },
      ],
      [
        'another set version',
        {
          ...file,
          assessment: { ...named, indicatorSet: { ...named.indicatorSet, version: '9.0.0' } },
        },
        { kind: 'other-version', setId: 'tiny', version: '9.0.0' },
      ],
      [
        'another set',
        {
          ...file,
          assessment: { ...named, indicatorSet: { ...named.indicatorSet, setId: 'other' } },
        },
        { kind: 'other-version', setId: 'other', version: '1.0.0' },
      ],
      [
        'another assessment of the same city and year',
        { ...file, assessment: { ...named, id: 'hangzhou-2026-copy' } },
        { kind: 'other-assessment' },
      ],
      [
        'an unknown package',
        { ...file, packageId: 'pkg-unknown-0001' },
        { kind: 'unknown-package' },
      ],
      [
        'a package sent to another department',
        { ...file, department: { id: 'health', name: '卫生健康委' } },
        { kind: 'unknown-package' },
      ],
    ]
    it.each(refusals)('%s', (_, bad, problem) => {
      expect(planReturn(assessment, bad, findTinySet)).toEqual({ ok: false, problem })
    })

    it('answers that do not fit their indicator, listing each', () => {
      const bad = returnOf(assessment, {
        'SC-001': kpi(-5),
        'SC-004': { value: { type: 'kpi', value: 1 } },
      })
      const outcome = planReturn(assessment, bad, findTinySet)
      expect(outcome.ok).toBe(false)
      if (outcome.ok || outcome.problem.kind !== 'answers') throw new Error('expected answers')
      expect(outcome.problem.count).toBe(2)
      expect(outcome.problem.issues.map((i) => i.kind)).toEqual(['value', 'value'])
    })
  })
})
