import { describe, expect, it } from 'vitest'
import { describeEvidence, safeHttpUrl, showInvisibleControls } from './evidence'

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

describe('showInvisibleControls', () => {
  it.each([
    ['a right-to-left override', 'https://x.org/\u202Efdp.exe', 'https://x.org/⟦U+202E⟧fdp.exe'],
    ['an isolate and its end', 'a\u2067b\u2069c', 'a⟦U+2067⟧b⟦U+2069⟧c'],
    ['direction marks', '\u200E\u200F\u061C', '⟦U+200E⟧⟦U+200F⟧⟦U+061C⟧'],
    ['zero-width characters', 'gov\u200B.cn\uFEFF', 'gov⟦U+200B⟧.cn⟦U+FEFF⟧'],
    ['Chinese, Arabic and emoji stay as they are', '市统计局 تقرير 📄', '市统计局 تقرير 📄'],
  ])('%s', (_, text, shown) => {
    expect(showInvisibleControls(text)).toBe(shown)
  })
})

describe('describeEvidence', () => {
  it('makes a disguised file name visible and names the host of a link', () => {
    expect(describeEvidence('https://files.example.org/report/\u202Efdp.exe')).toEqual({
      kind: 'link',
      // The URL itself carries the override percent-encoded; the browser goes where it says.
      href: 'https://files.example.org/report/%E2%80%AEfdp.exe',
      host: 'files.example.org',
      text: 'https://files.example.org/report/⟦U+202E⟧fdp.exe',
    })
  })

  it('shows an internationalised host in its ASCII form, so a look-alike letter stands out', () => {
    // The first "а" is Cyrillic (U+0430), not Latin.
    const item = describeEvidence('https://d\u0430ta.gov.cn/open')
    expect(item).toMatchObject({ kind: 'link', host: 'xn--dta-6cd.gov.cn' })
  })

  it('keeps a port in the host', () => {
    expect(describeEvidence('http://127.0.0.1:8080/a')).toMatchObject({ host: '127.0.0.1:8080' })
  })

  it('leaves anything that is not an http(s) address as inert text, controls shown', () => {
    expect(describeEvidence('javascript:alert(1)\u202E')).toEqual({
      kind: 'text',
      text: 'javascript:alert(1)⟦U+202E⟧',
    })
  })
})
