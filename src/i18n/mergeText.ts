import i18next from 'i18next'
import en from './locales/en.merge.json'
import zhCN from './locales/zh-CN.merge.json'

/**
 * Adds the words of merging a department's return or an imported assessment, answer by answer, and where merged answers came from, in both languages. Like the rescue panels' text (`rescueText.ts`) it
 * comes inside the code that shows it, so the first visit never downloads it and a language
 * switch needs nothing.
 */
export const addMergeText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
