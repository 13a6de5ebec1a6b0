/** A small valid assessment for exchange tests (tests only). */
import type { Assessment } from '../assessment/assessment'

export const testAssessment = (overrides: Partial<Assessment> = {}): Assessment => ({
  id: 'abcdefgh-0001',
  city: '杭州市',
  province: '浙江省',
  year: 2024,
  cityLevel: 'prefecture-and-above',
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
  answers: {
    'SC-001': { value: { type: 'kpi', value: 86.5 }, dataQuality: 'measured', note: '备注' },
    'SC-002': { notApplicable: { reason: '本市未设此项' } },
  },
  createdAt: '2024-03-01T08:00:00.000Z',
  updatedAt: '2024-12-20T09:30:00.000Z',
  revision: 3,
  ...overrides,
})
