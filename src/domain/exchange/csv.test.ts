import { describe, expect, it } from 'vitest'
import { csvField, neutraliseFormula, toCsv } from './csv'

describe('csvField (RFC 4180)', () => {
  it.each([
    [null, ''],
    [42.5, '42.5'],
    [-3, '-3'],
    [Number.NaN, ''],
    ['plain', 'plain'],
    ['杭州市', '杭州市'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
  ])('%j → %s', (cell, text) => {
    expect(csvField(cell)).toBe(text)
  })
})

describe('formula neutralising (OWASP CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "'\rcmd"],
    ['＝1+1', "'＝1+1"],
    ['a=1', 'a=1'],
    ['', ''],
  ])('%j → %j', (text, neutral) => {
    expect(neutraliseFormula(text)).toBe(neutral)
  })

  it('neutralises before quoting, so the apostrophe sits inside the quotes', () => {
    expect(csvField('=HYPERLINK("http://evil","x")')).toBe('"\'=HYPERLINK(""http://evil"",""x"")"')
    expect(csvField('\rX')).toBe('"\'\rX"')
  })

  it('leaves number cells alone, negative ones included', () => {
    expect(csvField(-5)).toBe('-5')
  })
})

describe('toCsv', () => {
  it('starts with a byte-order mark, uses CRLF and separates tables with an empty line', () => {
    const csv = toCsv([
      {
        header: ['编号', 'Score'],
        rows: [
          ['SC-001', 80],
          ['SC-002', null],
        ],
      },
      { header: ['Group'], rows: [['Total']] },
    ])
    expect(csv).toBe('\uFEFF编号,Score\r\nSC-001,80\r\nSC-002,\r\n\r\nGroup\r\nTotal\r\n')
  })
})
