import { describe, expect, it } from 'vitest'
import { levelStartScore, maturityLevelIds } from './levels'

describe('levelStartScore', () => {
  it.each([
    ['L1', [30, 50, 70, 90], 0],
    ['L2', [30, 50, 70, 90], 30],
    ['L3', [30, 50, 70, 90], 50],
    ['L4', [30, 50, 70, 90], 70],
    ['L5', [30, 50, 70, 90], 90],
    ['L3', [20, 40, 60, 80], 40],
    ['L5', [20, 40, 60, 80], 80],
  ] as const)('%s with thresholds %j begins at %d', (level, thresholds, expected) => {
    expect(levelStartScore(level, thresholds)).toBe(expected)
  })

  it('never returns undefined, even for a threshold list shorter than the schema allows', () => {
    expect(levelStartScore('L5', [30])).toBe(30)
    expect(levelStartScore('L2', [])).toBe(0)
  })

  it('lists the five levels lowest first', () => {
    expect(maturityLevelIds).toEqual(['L1', 'L2', 'L3', 'L4', 'L5'])
  })
})
