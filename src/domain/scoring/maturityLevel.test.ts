import { describe, expect, it } from 'vitest'
import { levelOf, levelResult } from './maturityLevel'

const thresholds = [30, 50, 70, 90]

describe('levelOf', () => {
  it.each([
    [0, 'L1'],
    [29.999, 'L1'],
    [30, 'L2'],
    [49.99, 'L2'],
    [50, 'L3'],
    [70, 'L4'],
    [89.99, 'L4'],
    [90, 'L5'],
    [100, 'L5'],
  ])('%d → %s', (score, level) => {
    expect(levelOf(score, thresholds)).toBe(level)
  })
})

describe('levelOf with more thresholds than levels', () => {
  it('never goes above L5', () => {
    expect(levelOf(100, [10, 20, 30, 40, 50])).toBe('L5')
  })
})

describe('levelResult', () => {
  const meta = { thresholds, provisionalBelowCoverage: 0.8 }
  it('has no level without a score', () => {
    expect(levelResult(null, 0, meta)).toBeNull()
  })
  it('is provisional below 80 % coverage and firm from 80 %', () => {
    expect(levelResult(55, 0.79, meta)).toEqual({ level: 'L3', provisional: true })
    expect(levelResult(55, 0.8, meta)).toEqual({ level: 'L3', provisional: false })
  })
})
