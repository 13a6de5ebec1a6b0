import { describe, expect, it } from 'vitest'
import { findTooDeep } from './jsonDepth'

describe('findTooDeep', () => {
  it('counts the root as depth 0 and reports the first value below the limit', () => {
    const tree = JSON.parse('{"a":{"b":[1,{"c":2}]},"d":[[[[0]]]]}') as unknown
    expect(findTooDeep(tree, 4)).toEqual(['d', 0, 0, 0, 0])
    expect(findTooDeep(tree, 3)).toEqual(['a', 'b', 1, 'c'])
    expect(findTooDeep(tree, 5)).toBeNull()
  })

  it('accepts scalars and empty containers at the limit', () => {
    expect(findTooDeep('text', 0)).toBeNull()
    expect(findTooDeep({ a: {} }, 1)).toBeNull()
    expect(findTooDeep({ a: { b: 1 } }, 1)).toEqual(['a', 'b'])
  })

  it('walks 200,000 levels of nesting without overflowing the stack', () => {
    const deep = JSON.parse(`{"x":${'['.repeat(200_000)}${']'.repeat(200_000)}}`) as unknown
    expect(findTooDeep(deep, 12)).toEqual(['x', ...Array.from({ length: 12 }, () => 0)])
  })
})
