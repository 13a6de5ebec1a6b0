import { describe, expect, it } from 'vitest'
import { parseNumber } from './answerForm'

describe('parseNumber', () => {
  it.each([
    ['123', 123],
    ['１２３', 123],
    ['-5', -5],
    ['－５', -5],
    ['\u22125', -5],
    ['\u22121.5e-3', -0.0015],
    ['+5', 5],
    ['＋５', 5],
    ['12.5', 12.5],
    ['１２．５', 12.5],
    ['.5', 0.5],
    ['5.', 5],
    ['007', 7],
    ['  7  ', 7],
    ['\u3000７\u3000', 7],
    ['1e-7', 1e-7],
    ['1E3', 1000],
    ['1e+21', 1e21],
  ])('reads %j as %d', (text, expected) => {
    expect(parseNumber(text)).toBe(expected)
  })

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'a word'],
    ['1,000', 'a thousands separator'],
    ['1,5', 'a decimal comma'],
    ['12%', 'a unit'],
    ['1.2.3', 'two decimal points'],
    ['.', 'a lone point'],
    ['--1', 'two signs'],
    ['+-1', 'two signs'],
    ['\u2212\u22121', 'two minus signs'],
    ['1\u22122', 'a minus sign inside'],
    ['1 000', 'an inner space'],
    ['1e', 'an exponent without digits'],
    ['e5', 'an exponent without a number'],
    ['0x10', 'hexadecimal'],
    ['Infinity', 'Infinity'],
    ['NaN', 'NaN'],
    ['1e999', 'a value too large to be finite'],
    ['9'.repeat(400), 'a value too large to be finite'],
  ])('rejects %j (%s)', (text) => {
    expect(parseNumber(text)).toBeNull()
  })
})
