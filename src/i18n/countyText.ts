import i18next from 'i18next'
import en from './locales/en.county.json'
import zhCN from './locales/zh-CN.county.json'

/**
 * Adds the questionnaire's words for a target set for county-level cities, in both languages. Like
 * the rescue panels' text (`rescueText.ts`) it comes inside the code that shows it (the
 * questionnaire's KPI input), so the first visit never downloads it and a language switch needs
 * nothing.
 */
export const addCountyText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
