import { setFor } from '../../src/content/defaultIndicatorSet'
import type { IndicatorSet } from '../../src/domain/indicators/schema'
import { testAssessment } from '../../src/domain/testing/testAssessment'

/**
 * The built-in release the test fixtures record (`testAssessment`, the Hangzhou files: 1.0.0),
 * with every text: what their scores are computed with, whatever newer release is the default
 * for new assessments. The test setup loads every release.
 */
export const fixtureSet = (): IndicatorSet => {
  const set = setFor(testAssessment().indicatorSet)
  if (set === null) throw new Error('the fixtures’ release is not loaded (tests/setup.ts)')
  return set
}
