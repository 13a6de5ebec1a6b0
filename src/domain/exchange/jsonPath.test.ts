import { describe, expect, it } from 'vitest'
import { findForbiddenKey, formatJsonPath } from './jsonPath'

describe('formatJsonPath', () => {
  it.each([
    [[], '$'],
    [['assessments', 0, 'answers', 'SC-001', 'note'], '$.assessments[0].answers["SC-001"].note'],
    [['__proto__'], '$.__proto__'],
    [['a b', 'x"y'], '$["a b"]["x\\"y"]'],
  ])('%j → %s', (path, text) => {
    expect(formatJsonPath(path)).toBe(text)
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
