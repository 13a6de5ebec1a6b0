import { describe, expect, it } from 'vitest'
import type { IndicatorSet } from '../indicators/schema'
import {
  nationalRoundAnswers,
  nationalRoundSet,
  secondRoundProfile,
} from '../testing/nationalRoundSet'
import { testAssessment } from '../testing/testAssessment'
import { planMove } from './moveToVersion'

const answers = nationalRoundAnswers({ L1P1: 80, L6: 0, L8: 60 })
const assessment = testAssessment({
  indicatorSet: { setId: 'national-round', version: '1.0.0' },
  answers,
  weightProfile: secondRoundProfile.id,
})

describe('planMove with a weight profile', () => {
  it('weights the scores before and after with the assessment’s profile', () => {
    const copy: IndicatorSet = {
      ...structuredClone(nationalRoundSet),
      meta: { ...structuredClone(nationalRoundSet.meta), version: '1.1.0' },
    }
    const plan = planMove(assessment, nationalRoundSet, copy)
    // 网络安全 (0) is reported apart: the total is 惠民服务 (26) and 市民体验 (40) only.
    const total = (26 * 80 + 40 * 60) / 66
    expect(plan.before.total.score).toBeCloseTo(total, 10)
    expect(plan.after.total.score).toBeCloseTo(total, 10)
    expect(plan.after.weighting).toEqual({ profileId: secondRoundProfile.id, unknownProfile: null })
  })

  it('says so when the new version lacks the profile', () => {
    const without: IndicatorSet = {
      ...nationalRoundSet,
      meta: { ...nationalRoundSet.meta, version: '1.1.0', weightProfiles: undefined },
    }
    const plan = planMove(assessment, nationalRoundSet, without)
    expect(plan.after.weighting.unknownProfile).toBe(secondRoundProfile.id)
    // Now with the set's own weights: 37, 8 and 20.
    expect(plan.after.total.score).toBeCloseTo((37 * 80 + 8 * 0 + 20 * 60) / 65, 10)
  })
})
