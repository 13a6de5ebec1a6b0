import { describe, expect, it } from 'vitest'
import { safeHttpUrl } from './evidence'

describe('safeHttpUrl', () => {
  it.each([
    ['https://data.hangzhou.gov.cn/report.pdf', 'https://data.hangzhou.gov.cn/report.pdf'],
    ['  http://example.org  ', 'http://example.org/'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['ftp://example.org/file', null],
    ['市统计局 2024 年报 第 12 页', null],
    ['//example.org/no-scheme', null],
  ])('%s → %s', (text, expected) => {
    expect(safeHttpUrl(text)).toBe(expected)
  })
})
