import { describe, expect, it } from 'vitest'
import { isLanguage, languageFromBrowser } from './language'

describe('languageFromBrowser', () => {
  it.each([
    [['zh-CN'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['zh-TW', 'en'], 'zh-CN'],
    [['ZH-hk'], 'zh-CN'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR'], 'en'],
    [[], 'en'],
    [['', 'zh-CN'], 'zh-CN'],
  ])('%j → %s', (tags, expected) => {
    expect(languageFromBrowser(tags)).toBe(expected)
  })
})

describe('isLanguage', () => {
  it('accepts only the supported tags', () => {
    expect([isLanguage('zh-CN'), isLanguage('en'), isLanguage('zh'), isLanguage(null)]).toEqual([
      true,
      true,
      false,
      false,
    ])
  })
})
