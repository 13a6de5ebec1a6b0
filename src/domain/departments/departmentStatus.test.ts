import { describe, expect, it } from 'vitest'
import type { Assessment } from '../assessment/assessment'
import { testAssessment } from '../testing/testAssessment'
import { tinySet } from '../testing/tinySet'
import type { IssuedPackage } from './departmentSchema'
import { departmentStatus } from './departmentStatus'

const pkg = (
  packageId: string,
  departmentId: string,
  createdAt: string,
  extra: Partial<IssuedPackage> = {},
): IssuedPackage => ({
  packageId,
  departmentId,
  createdAt,
  indicatorIds: ['SC-001'],
  base: {},
  ...extra,
})

const respondent = { name: '李四', department: '市交通运输局' }

const assessment = (overrides: Partial<Assessment> = {}): Assessment =>
  testAssessment({
    indicatorSet: { setId: 'tiny', version: '1.0.0' },
    departments: [
      { id: 'd-transport', name: '市交通运输局' },
      { id: 'd-health', name: '市卫生健康委' },
      { id: 'd-idle', name: '教育局' },
    ],
    assignments: {
      'SC-001': 'd-transport',
      'SC-002': 'd-transport',
      'SC-003': 'd-transport',
      'SC-004': 'd-health',
      'SC-005': 'd-health',
    },
    answers: {
      'SC-001': { value: { type: 'kpi', value: 80 } }, // answered
      'SC-002': { notApplicable: { reason: '无' } }, // N/A
      'SC-003': { value: { type: 'level', level: 99 } }, // invalid: still open
      'SC-004': { note: 'only a note' }, // open
    },
    ...overrides,
  })

describe('departmentStatus', () => {
  it('counts assigned, answered, N/A and open answers as the questionnaire does', () => {
    const rows = departmentStatus(assessment(), tinySet, '2026-12-10')
    expect(
      rows.map((r) => [r.department.id, r.assigned, r.answered, r.notApplicable, r.open]),
    ).toEqual([
      ['d-transport', 3, 1, 1, 1],
      ['d-health', 2, 0, 0, 2],
      ['d-idle', 0, 0, 0, 0],
    ])
    expect(rows.every((r) => r.latest === null && r.returned === null && !r.overdue)).toBe(true)
  })

  it('counts only indicators asked of the city level', () => {
    const rows = departmentStatus(assessment({ cityLevel: 'county' }), tinySet, '2026-12-10')
    expect(rows.find((r) => r.department.id === 'd-health')?.assigned).toBe(1)
  })

  it('shows the newest package, how many it supersedes, and its last return', () => {
    const returned = {
      returnedAt: '2026-12-08T09:00:00.000Z',
      mergedAt: '2026-12-09T10:00:00.000Z',
      respondent,
    }
    const later = { ...returned, mergedAt: '2026-12-09T11:00:00.000Z' }
    const rows = departmentStatus(
      assessment({
        packages: [
          pkg('pkg-00000001', 'd-transport', '2026-12-03T08:00:00.000Z', { returns: [returned] }),
          pkg('pkg-00000002', 'd-transport', '2026-12-06T08:00:00.000Z', {
            dueDate: '2026-12-07',
            returns: [returned, later],
          }),
          pkg('pkg-00000003', 'd-health', '2026-12-04T08:00:00.000Z'),
        ],
      }),
      tinySet,
      '2026-12-10',
    )
    const [transport, health] = rows
    expect(transport?.latest?.packageId).toBe('pkg-00000002')
    expect(transport?.latest?.superseded).toBe(1)
    expect(transport?.returned).toEqual(later)
    expect(transport?.overdue).toBe(false)
    expect(health?.latest?.superseded).toBe(0)
    expect(health?.returned).toBeNull()
  })

  it('marks overdue only after the due date, and only while the newest package has no return', () => {
    const withDue = (dueDate: string, returns?: IssuedPackage['returns']) =>
      departmentStatus(
        assessment({
          packages: [
            pkg('pkg-00000001', 'd-health', '2026-12-01T08:00:00.000Z', {
              dueDate,
              ...(returns === undefined ? {} : { returns }),
            }),
          ],
        }),
        tinySet,
        '2026-12-10',
      )[1]?.overdue
    expect(withDue('2026-12-09')).toBe(true)
    expect(withDue('2026-12-10')).toBe(false)
    expect(
      withDue('2026-12-09', [
        {
          returnedAt: '2026-12-08T09:00:00.000Z',
          mergedAt: '2026-12-09T10:00:00.000Z',
          respondent,
        },
      ]),
    ).toBe(false)
    // A re-export without a due date starts the department over: not overdue.
    const reissued = departmentStatus(
      assessment({
        packages: [
          pkg('pkg-00000001', 'd-health', '2026-12-01T08:00:00.000Z', { dueDate: '2026-12-02' }),
          pkg('pkg-00000002', 'd-health', '2026-12-05T08:00:00.000Z'),
        ],
      }),
      tinySet,
      '2026-12-10',
    )[1]
    expect(reissued?.overdue).toBe(false)
  })
})
