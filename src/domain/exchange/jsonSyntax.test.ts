import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonSyntaxErrorOffset, locate, locateJsonError } from './jsonSyntax'

const parseError = (text: string): unknown => {
  try {
    JSON.parse(text)
  } catch (error) {
    return error
  }
  return null
}

/** Broken JSON and the offset of its first error. */
const cases: [string, number][] = [
  ['{"a": }', 6],
  ['{"a"', 4],
  ['[1,2', 4],
  ['{"a":1}x', 7],
  ['', 0],
  ['{"a":tru}', 8],
  ['"abc', 4],
  ['{"a":01}', 6],
  ['{"a":1,}', 7],
  ['[1,]', 3],
  ['{"a":"\\x"}', 7],
  ['{"a":"\\u12G4"}', 10],
  ['{"a":"line\nbreak"}', 10],
  ['{a:1}', 1],
  ['-', 1],
  ['1.', 2],
  ['1e', 2],
]

describe('jsonSyntaxErrorOffset', () => {
  it.each(cases)('finds the error in %j at %i', (text, offset) => {
    expect(jsonSyntaxErrorOffset(text)).toBe(offset)
  })

  it('agrees with V8 wherever V8 states the position', () => {
    const texts = [...cases.map(([text]) => text), '{"a" 1}']
    const stated = texts.flatMap((text) => {
      const v8 = /at position (\d+)/.exec((parseError(text) as Error).message)?.[1]
      return v8 === undefined ? [] : [[text, Number(v8)] as const]
    })
    // V8 states a position for most syntax errors (Node 20: 14 of these 18); far fewer means its
    // messages changed and this comparison no longer checks anything.
    expect(stated.length).toBeGreaterThanOrEqual(10)
    for (const [text, offset] of stated) expect(jsonSyntaxErrorOffset(text), text).toBe(offset)
  })

  it('says valid JSON is valid, and finds an error exactly when JSON.parse throws (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), (value, cut) => {
        const text = JSON.stringify(value, null, cut % 3)
        expect(jsonSyntaxErrorOffset(text)).toBeNull()
        const truncated = text.slice(0, cut % (text.length + 1))
        expect(jsonSyntaxErrorOffset(truncated) === null).toBe(parseError(truncated) === null)
      }),
    )
  })
})

describe('locate and locateJsonError', () => {
  it('turns an offset into a line and column from 1 (CRLF is one break)', () => {
    expect(locate('ab\r\ncd\nef', 8)).toEqual({ offset: 8, line: 3, column: 2 })
    expect(locate('abc', 0)).toEqual({ offset: 0, line: 1, column: 1 })
  })

  it('uses "at position N" from Chromium/Node messages', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}'
    expect(locateJsonError(text, new SyntaxError("Expected ':' at position 18"))).toEqual({
      offset: 18,
      line: 3,
      column: 7,
    })
  })

  it('uses "line L column C" from Firefox messages', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}'
    const error = new SyntaxError(
      "JSON.parse: expected ':' after property name in object at line 3 column 7 of the JSON data",
    )
    expect(locateJsonError(text, error)).toEqual({ offset: 18, line: 3, column: 7 })
  })

  it('falls back to the scanner when the message has no position', () => {
    const text = '{\n  "a": }'
    expect(locateJsonError(text, parseError(text))).toEqual({ offset: 9, line: 2, column: 8 })
  })
})
