import { describe, expect, it } from 'vitest'
import { byValueDescThenKey, compareIds, tieTolerance } from './ranking'

describe('compareIds', () => {
  it.each([
    ['SC-001', 'SC-002', -1],
    ['SC-002', 'SC-001', 1],
    ['DG', 'DG', 0],
    ['Z', 'a', -1], // code-unit order, not locale order
  ])('%s vs %s → %d', (a, b, expected) => {
    expect(compareIds(a, b)).toBe(expected)
  })
})

describe('byValueDescThenKey', () => {
  const item = (value: number, key: string) => ({ value, key })

  it.each([
    [item(10, 'b'), item(5, 'a'), 'a first by value'],
    [item(5, 'a'), item(5, 'b'), 'a first by key on an exact tie'],
    [item(0.6 / 3, 'a'), item(0.4 / 2, 'b'), 'a first by key on a floating-point tie'],
    [item(5 + 2 * tieTolerance, 'b'), item(5, 'a'), 'a first when the gap exceeds the tolerance'],
  ])('%j before %j (%s)', (a, b) => {
    expect(byValueDescThenKey(a, b)).toBeLessThan(0)
    expect(byValueDescThenKey(b, a)).toBeGreaterThan(0)
  })

  it('is 0 for the same value and key', () => {
    expect(byValueDescThenKey(item(1, 'a'), item(1, 'a'))).toBe(0)
  })
})
