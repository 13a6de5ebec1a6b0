import { describe, expect, it } from 'vitest'
import { tinySet } from '../testing/tinySet'
import { joinLanguages, keepLanguage } from './languageText'

describe('indicator text by language', () => {
  it('keeps one side of every text and leaves numbers and ids alone', () => {
    const zh = keepLanguage(tinySet, 'zh')
    expect(zh.indicators[0]?.name).toEqual({ zh: '中文SC-001', en: '' })
    expect(zh.meta.dimensions[0]?.weight).toBe(60)
    expect(zh.indicators.map((i) => i.id)).toEqual(tinySet.indicators.map((i) => i.id))
    expect(JSON.stringify(zh)).not.toContain('"en":"SC-001"')
  })

  it('joins the two languages back into the original set, in either order', () => {
    const zh = keepLanguage(tinySet, 'zh')
    const en = keepLanguage(tinySet, 'en')
    expect(joinLanguages(zh, en)).toEqual(tinySet)
    expect(joinLanguages(en, zh)).toEqual(tinySet)
  })

  it('leaves a text empty when neither language has it', () => {
    const zh = keepLanguage(tinySet, 'zh')
    expect(joinLanguages(zh, zh).indicators[0]?.name).toEqual({ zh: '中文SC-001', en: '' })
  })
})
