import { latestRelease, releaseHash } from '../../src/content/defaultIndicatorSet'
import { buildPackage, serialisePackage } from '../../src/domain/departments/packageFile'
import { testAssessment } from '../../src/domain/testing/testAssessment'

/**
 * A package of the newest built-in release for the transport bureau, as a coordinator's app makes
 * it: SC-002 and SC-003 (government services) and SC-014 (city management), carrying the
 * coordinator's answer to SC-014. Its hash is the release's, so any copy of the app opens it.
 */
export const transportPackage = (packageId = 'pkg-transport-01') => {
  const release = latestRelease()
  const sha256 = release === null ? null : releaseHash(release)
  if (release === null || sha256 === null) throw new Error('The build has no default release.')
  const file = buildPackage(
    testAssessment({ id: 'coordinator-2025', year: 2025, indicatorSet: release, answers: {} }),
    { id: 'transport', name: '交通运输局' },
    {
      packageId,
      departmentId: 'transport',
      createdAt: '2025-03-01T08:00:00.000Z',
      dueDate: '2025-03-31',
      note: 'Please use the 2024 annual figures.',
      indicatorIds: ['SC-002', 'SC-003', 'SC-014'],
      base: { 'SC-014': { value: { type: 'kpi', value: 75 }, dataQuality: 'measured' } },
    },
    { sha256, carry: null },
    '1.0.0',
  )
  return { file, text: serialisePackage(file) }
}
