import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { testAssessment } from '../testing/testAssessment'
import { tinySet } from '../testing/tinySet'
import {
  addDepartment,
  assignableIndicators,
  assignedTo,
  assignIndicators,
  issuePackage,
  removeDepartment,
  updateDepartment,
} from './assignments'
import { departmentLimits } from './departmentSchema'

const transport = { id: 'd-transport', name: '市交通运输局', contact: '张三 0571-1234' }
const health = { id: 'd-health', name: '市卫生健康委' }

const withTwo = (overrides: Partial<Assessment> = {}): Assessment =>
  testAssessment({
    indicatorSet: { setId: 'tiny', version: '1.0.0' },
    departments: [transport, health],
    ...overrides,
  })

const added = (a: Assessment, d: { id: string; name: string; contact?: string }) => {
  const result = addDepartment(a, d)
  if (!result.ok) throw new Error(result.reason)
  return result.assessment
}

describe('departments', () => {
  it('adds a department at the end, trimmed, without an empty contact', () => {
    const a = added(added(testAssessment(), transport), {
      id: 'd-x',
      name: ' 教育局 ',
      contact: ' ',
    })
    expect(a.departments).toEqual([transport, { id: 'd-x', name: '教育局' }])
  })

  it('refuses a taken id and a full list', () => {
    expect(addDepartment(withTwo(), { id: 'd-health', name: 'other' })).toEqual({
      ok: false,
      reason: 'duplicate-id',
    })
    const full = testAssessment({
      departments: Array.from({ length: departmentLimits.departments }, (_, i) => ({
        id: `d-${i}`,
        name: `D${i}`,
      })),
    })
    expect(addDepartment(full, { id: 'd-new', name: 'new' })).toEqual({
      ok: false,
      reason: 'too-many',
    })
  })

  it('renames a department and replaces or removes its contact', () => {
    const a = updateDepartment(withTwo(), 'd-transport', { name: '交通局', contact: '' })
    expect(a.departments).toEqual([{ id: 'd-transport', name: '交通局' }, health])
    expect(updateDepartment(a, 'd-none', { name: 'x' })).toBe(a)
  })

  it('removing a department unassigns its indicators and keeps its packages', () => {
    let a = assignIndicators(withTwo(), tinySet, ['SC-001', 'SC-002'], 'd-transport')
    a = assignIndicators(a, tinySet, ['SC-004'], 'd-health')
    const issued = issuePackage(a, tinySet, 'd-transport', {
      packageId: 'pkg-00000001',
      createdAt: '2026-12-01T08:00:00.000Z',
    })
    if (!issued.ok) throw new Error(issued.reason)
    const removed = removeDepartment(issued.assessment, 'd-transport')
    expect(removed.departments).toEqual([health])
    expect(removed.assignments).toEqual({ 'SC-004': 'd-health' })
    expect(removed.packages).toEqual(issued.assessment.packages)
  })
})

describe('assignIndicators', () => {
  it('assigns a whole section, one department per indicator (assigning moves it)', () => {
    const d1 = tinySet.indicators.filter((i) => i.dimension === 'D1').map((i) => i.id)
    let a = assignIndicators(withTwo(), tinySet, d1, 'd-transport')
    expect(a.assignments).toEqual({
      'SC-001': 'd-transport',
      'SC-002': 'd-transport',
      'SC-003': 'd-transport',
    })
    a = assignIndicators(a, tinySet, ['SC-002'], 'd-health')
    expect(assignedTo(a, tinySet, 'd-transport').map((i) => i.id)).toEqual(['SC-001', 'SC-003'])
    expect(assignedTo(a, tinySet, 'd-health').map((i) => i.id)).toEqual(['SC-002'])
  })

  it('unassigns with null', () => {
    const a = assignIndicators(withTwo(), tinySet, ['SC-001', 'SC-002'], 'd-health')
    expect(assignIndicators(a, tinySet, ['SC-001'], null).assignments).toEqual({
      'SC-002': 'd-health',
    })
  })

  it('skips indicators outside the set or not asked of the city level', () => {
    const county = withTwo({ cityLevel: 'county' })
    expect(assignableIndicators(tinySet, 'county').map((i) => i.id)).not.toContain('SC-005')
    const a = assignIndicators(county, tinySet, ['SC-004', 'SC-005', 'ZZ-999'], 'd-health')
    expect(a.assignments).toEqual({ 'SC-004': 'd-health' })
  })

  it('changes nothing for an unknown department', () => {
    const a = withTwo()
    expect(assignIndicators(a, tinySet, ['SC-001'], 'd-nobody')).toBe(a)
  })
})

describe('issuePackage', () => {
  const assigned = assignIndicators(
    withTwo({
      answers: {
        'SC-003': { value: { type: 'level', level: 2 } },
        'SC-001': { value: { type: 'kpi', value: 50 } },
        'SC-004': { value: { type: 'boolean', value: true } },
      },
    }),
    tinySet,
    ['SC-003', 'SC-002', 'SC-001'],
    'd-transport',
  )

  it('appends a package with the assigned indicators in set order and their current answers', () => {
    const result = issuePackage(assigned, tinySet, 'd-transport', {
      packageId: 'pkg-00000001',
      createdAt: '2026-12-03T08:00:00.000Z',
      dueDate: '2026-12-20',
      note: '  请于月底前填报  ',
    })
    if (!result.ok) throw new Error(result.reason)
    expect(result.issued).toEqual({
      packageId: 'pkg-00000001',
      departmentId: 'd-transport',
      createdAt: '2026-12-03T08:00:00.000Z',
      dueDate: '2026-12-20',
      note: '请于月底前填报',
      indicatorIds: ['SC-001', 'SC-002', 'SC-003'],
      base: {
        'SC-001': { value: { type: 'kpi', value: 50 } },
        'SC-003': { value: { type: 'level', level: 2 } },
      },
    })
    expect(result.assessment.packages).toEqual([result.issued])
    expect(result.assessment.answers).toBe(assigned.answers)
  })

  it('leaves out an empty due date and note, and appends a re-export after the first', () => {
    const first = issuePackage(assigned, tinySet, 'd-transport', {
      packageId: 'pkg-00000001',
      createdAt: '2026-12-03T08:00:00.000Z',
    })
    if (!first.ok) throw new Error(first.reason)
    const second = issuePackage(first.assessment, tinySet, 'd-transport', {
      packageId: 'pkg-00000002',
      createdAt: '2026-12-06T08:00:00.000Z',
      dueDate: '',
      note: ' ',
    })
    if (!second.ok) throw new Error(second.reason)
    expect(Object.keys(second.issued)).not.toContain('dueDate')
    expect(Object.keys(second.issued)).not.toContain('note')
    expect(second.assessment.packages?.map((p) => p.packageId)).toEqual([
      'pkg-00000001',
      'pkg-00000002',
    ])
  })

  it('refuses a department with nothing assigned, or an unknown one', () => {
    const fields = { packageId: 'pkg-00000001', createdAt: '2026-12-03T08:00:00.000Z' }
    expect(issuePackage(assigned, tinySet, 'd-health', fields)).toEqual({
      ok: false,
      reason: 'nothing-assigned',
    })
    expect(issuePackage(assigned, tinySet, 'd-nobody', fields)).toEqual({
      ok: false,
      reason: 'unknown-department',
    })
  })

  it('refuses when the assessment keeps the most packages it can', () => {
    const issued = {
      packageId: 'pkg-00000000',
      departmentId: 'd-health',
      createdAt: '2026-01-01T00:00:00.000Z',
      indicatorIds: ['SC-004'],
      base: {},
    }
    const full = { ...assigned, packages: Array(departmentLimits.packages).fill(issued) }
    expect(
      issuePackage(full, tinySet, 'd-transport', {
        packageId: 'pkg-00000001',
        createdAt: '2026-12-03T08:00:00.000Z',
      }),
    ).toEqual({ ok: false, reason: 'too-many-packages' })
  })
})
