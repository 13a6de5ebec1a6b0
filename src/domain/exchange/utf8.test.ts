import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeUtf8, invalidUtf8Offset } from './utf8'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('invalidUtf8Offset', () => {
  it('accepts well-formed text of every sequence length', () => {
    expect(invalidUtf8Offset(utf8('a é 杭 😀 \u{10FFFF}'))).toBeNull()
    expect(invalidUtf8Offset(bytes())).toBeNull()
    expect(invalidUtf8Offset(bytes(0xef, 0xbb, 0xbf, 0x7b))).toBeNull()
  })

  it.each([
    ['a lone continuation byte', [0x61, 0x80], 1],
    ['an overlong two-byte form', [0x61, 0x62, 0xc0, 0xaf], 2],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded surrogate', [0x20, 0xed, 0xa0, 0x80], 1],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a byte never used in UTF-8', [0x61, 0xff], 1],
    ['a sequence cut short by the end', [0x61, 0xe6, 0x9d], 1],
    ['a sequence cut short by ASCII', [0xe6, 0x9d, 0x41, 0x42], 0],
    ['Latin-1 text (é as one byte)', [0x63, 0x61, 0x66, 0xe9, 0x20], 3],
  ])('finds %s', (_, values, offset) => {
    expect(invalidUtf8Offset(bytes(...values))).toBe(offset)
  })

  it('agrees with the browser decoder on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 12 }), (random) => {
        let strictOk = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(random)
        } catch {
          strictOk = false
        }
        expect(invalidUtf8Offset(random) === null).toBe(strictOk)
      }),
    )
  })
})

describe('decodeUtf8', () => {
  it('decodes valid text, dropping a byte-order mark', () => {
    expect(decodeUtf8(utf8('{"a":"杭州"}'))).toEqual({ ok: true, text: '{"a":"杭州"}' })
    expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x31))).toEqual({ ok: true, text: '1' })
  })

  it('refuses invalid bytes with the byte offset and line of the first one', () => {
    const text = utf8('{\n  "note": "caf?"\n}')
    text[text.indexOf(0x3f)] = 0xe9
    expect(decodeUtf8(text)).toEqual({ ok: false, offset: 16, line: 2 })
  })
})
