/** A small valid department package for tests (tests only). */
import { buildPackage, type PackageFile } from '../departments/packageFile'
import { testAssessment } from './testAssessment'

export const testPackage = (overrides: Partial<PackageFile> = {}): PackageFile => ({
  ...buildPackage(
    testAssessment(),
    { id: 'transport', name: '交通运输局' },
    {
      packageId: 'pkg-00000001',
      departmentId: 'transport',
      createdAt: '2025-01-10T08:00:00.000Z',
      dueDate: '2025-02-28',
      note: '请于月底前填写',
      indicatorIds: ['SC-001', 'SC-002'],
      base: { 'SC-001': { value: { type: 'kpi', value: 86.5 } } },
    },
    { sha256: 'a'.repeat(64), carry: null },
    '1.0.0',
  ),
  ...overrides,
})
