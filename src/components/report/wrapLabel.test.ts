import { describe, expect, it } from 'vitest'
import { textWidth, wrapLabel } from './wrapLabel'

describe('wrapLabel', () => {
  it('keeps a label on one line when no width is given or it fits', () => {
    expect(wrapLabel('Edge decision-making', undefined, 13)).toEqual(['Edge decision-making'])
    expect(wrapLabel('Digital twin', 200, 13)).toEqual(['Digital twin'])
  })

  it('breaks at spaces and after hyphens, filling each line as far as it goes', () => {
    expect(wrapLabel('Edge decision-making', 70, 13)).toEqual(['Edge', 'decision-', 'making'])
    expect(wrapLabel('Situational awareness', 90, 13)).toEqual(['Situational', 'awareness'])
    expect(wrapLabel('Multi-party fusion', 90, 13)).toEqual(['Multi-party', 'fusion'])
  })

  it('leaves a word wider than the line whole, and Chinese names on one line', () => {
    expect(wrapLabel('Interoperability', 40, 13)).toEqual(['Interoperability'])
    expect(wrapLabel('边际决策', 30, 13)).toEqual(['边际决策'])
  })

  it('ignores extra spaces and keeps an empty label', () => {
    expect(wrapLabel('  Data   governance ', 60, 13)).toEqual(['Data', 'governance'])
    expect(wrapLabel('', 60, 13)).toEqual([''])
  })

  it('counts Chinese characters as one em and Latin letters as 0.6 em', () => {
    expect(textWidth('数据', 10)).toBe(20)
    expect(textWidth('ab', 10)).toBe(12)
  })
})
