import { describe, expect, it } from 'vitest'
import { readJsonRoot } from './jsonRoot'

describe('readJsonRoot', () => {
  it.each([
    ['  \n', { kind: 'empty' }],
    ['{"a": ', { kind: 'not-json', line: 1, column: 7 }],
    ['{"a": {"__proto__": {}}}', { kind: 'forbidden-key', key: '__proto__', parent: '$.a' }],
    ['[1]', { kind: 'not-an-object' }],
    ['"text"', { kind: 'not-an-object' }],
  ])('refuses %j', (text, problem) => {
    expect(readJsonRoot(text)).toEqual({ ok: false, problem })
  })

  it('reads an object, with or without a byte-order mark', () => {
    expect(readJsonRoot('\uFEFF{"format": "x"}')).toEqual({ ok: true, json: { format: 'x' } })
    expect(readJsonRoot('{}')).toEqual({ ok: true, json: {} })
  })
})
