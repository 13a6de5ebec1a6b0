import { describe, expect, it } from 'vitest'
import { sameData } from './sameData'

describe('sameData', () => {
  it.each([
    ['equal numbers', 1, 1],
    ['zero and minus zero', 0, -0],
    ['equal strings', 'a', 'a'],
    ['null and null', null, null],
    ['objects with keys in another order', { a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }],
    ['an undefined key and a missing one', { a: 1, min: undefined }, { a: 1 }],
    ['empty arrays', [], []],
  ])('holds for %s', (_, a, b) => {
    expect(sameData(a, b)).toBe(true)
    expect(sameData(b, a)).toBe(true)
  })

  it.each([
    ['different numbers', 1, 2],
    ['a number and its string', 1, '1'],
    ['null and an object', null, {}],
    ['undefined and null', undefined, null],
    ['an array and an object with index keys', [1], { 0: 1 }],
    ['arrays in another order', [1, 2], [2, 1]],
    ['arrays of another length', [1, 2], [1, 2, 3]],
    ['an extra key', { a: 1 }, { a: 1, b: 2 }],
    ['another key of equal count', { a: 1 }, { b: 1 }],
    ['a nested difference', { a: { zh: '甲', en: 'A' } }, { a: { zh: '甲', en: 'a' } }],
    ['NaN and NaN', Number.NaN, Number.NaN],
  ])('fails for %s', (_, a, b) => {
    expect(sameData(a, b)).toBe(false)
    expect(sameData(b, a)).toBe(false)
  })
})
