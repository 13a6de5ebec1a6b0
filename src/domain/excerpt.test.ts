import { describe, expect, it } from 'vitest'
import { excerpt, excerptLength, shorten } from './excerpt'

describe('excerpt', () => {
  it('keeps a short value as it is', () => {
    expect(excerpt('isAdmin')).toBe('isAdmin')
    expect(excerpt('杭'.repeat(excerptLength))).toBe('杭'.repeat(excerptLength))
  })

  it('cuts a long value to 40 characters and an ellipsis', () => {
    expect(excerpt('a'.repeat(41))).toBe(`${'a'.repeat(40)}…`)
    expect(excerpt('x'.repeat(2 * 1024 * 1024))).toHaveLength(41)
  })

  it('counts code points and never splits a surrogate pair', () => {
    const emoji = '😀'.repeat(50)
    const cut = excerpt(emoji)
    expect([...cut]).toHaveLength(41)
    expect(cut).toBe(`${'😀'.repeat(40)}…`)
    expect(excerpt(`${'a'.repeat(39)}😀😀`)).toBe(`${'a'.repeat(39)}😀…`)
  })

  it('escapes controls, bidirectional overrides, separators and lone surrogates', () => {
    expect(excerpt('is\u202EnimdA')).toBe('is\\u202EnimdA')
    expect(excerpt('a\nb\u0000c\u2028d\u200Be')).toBe('a\\u000Ab\\u0000c\\u2028d\\u200Be')
    expect(excerpt('\uD800x')).toBe('\\uD800x')
    expect(excerpt('\u{E0041}')).toBe('\\u{E0041}')
  })

  it('counts an escape by its full length, so the result stays short', () => {
    const out = excerpt('\u202E'.repeat(100))
    expect(out).toBe(`${'\\u202E'.repeat(6)}…`)
    expect(out.length).toBeLessThanOrEqual(excerptLength + 1)
  })

  it('shows other values as JSON', () => {
    expect(excerpt(3)).toBe('3')
    expect(excerpt(null)).toBe('null')
    expect(excerpt({ a: 'b'.repeat(50) })).toBe(`{"a":"${'b'.repeat(34)}…`)
    expect(excerpt(undefined)).toBe('undefined')
  })

  it('takes another length, and escapes quotes and backslashes for a quoted key', () => {
    expect(shorten('abcdef', 3)).toBe('abc…')
    expect(shorten('a"b\\c', 40, true)).toBe('a\\"b\\\\c')
  })
})
