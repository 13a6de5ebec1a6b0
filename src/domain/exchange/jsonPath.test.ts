import { describe, expect, it } from 'vitest'
import { findForbiddenKey, formatJsonPath } from './jsonPath'

describe('formatJsonPath', () => {
  it.each([
    [[], '$'],
    [['assessments', 0, 'answers', 'SC-001', 'note'], '$.assessments[0].answers["SC-001"].note'],
    [['__proto__'], '$.__proto__'],
    [['a b', 'x"y'], '$["a b"]["x\\"y"]'],
    [['back\\slash', 'bidi\u202E'], '$["back\\\\slash"]["bidi\\u202E"]'],
    [['k'.repeat(41)], `$["${'k'.repeat(40)}…"]`],
    [[0, 1, 2, 3, 4, 5, 6, 7], '$[0][1][2][3][4][5][6][7]'],
    [[0, 1, 2, 3, 4, 5, 6, 7, 'x'], '$[0][1][2]…[5][6][7].x'],
  ])('%j → %s', (path, text) => {
    expect(formatJsonPath(path)).toBe(text)
  })

  it('stays short for a 2 MB key and a path 200,000 levels deep', () => {
    expect(formatJsonPath(['assessments', 0, 'x'.repeat(2 * 1024 * 1024)]).length).toBeLessThan(70)
    expect(formatJsonPath(Array.from({ length: 200_000 }, () => 0)).length).toBeLessThan(40)
  })
})

describe('findForbiddenKey', () => {
  it('finds __proto__ kept as an own key by JSON.parse, at any depth, with its path', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[{"b":{"__proto__":{"x":1}}}]}'))).toEqual({
      key: '__proto__',
      path: ['a', 0, 'b', '__proto__'],
    })
  })

  it('finds constructor and prototype, reporting the first in document order', () => {
    expect(
      findForbiddenKey(JSON.parse('{"a":{"ok":1,"constructor":{"prototype":{}}},"prototype":1}')),
    ).toEqual({ key: 'constructor', path: ['a', 'constructor'] })
    expect(findForbiddenKey(JSON.parse('[1,{"prototype":2}]'))).toEqual({
      key: 'prototype',
      path: [1, 'prototype'],
    })
  })

  it('accepts clean data and scalars, and walks very deep nesting without overflowing', () => {
    expect(findForbiddenKey(JSON.parse('{"a":[1,"__proto__",{"b":null}]}'))).toBeNull()
    expect(findForbiddenKey('text')).toBeNull()
    const deep = JSON.parse(`${'['.repeat(200_000)}{"__proto__":1}${']'.repeat(200_000)}`)
    expect(findForbiddenKey(deep)?.key).toBe('__proto__')
  })
})
