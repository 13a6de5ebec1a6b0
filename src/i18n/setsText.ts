import i18next from 'i18next'
import en from './locales/en.sets.json'
import zhCN from './locales/zh-CN.sets.json'

/**
 * Adds the text about indicator-set files (why one is refused) in both languages. Like the rescue
 * panels' text (`rescueText.ts`) it comes inside the code that shows it, fetched only when a set
 * is imported: the first visit never downloads it, and a language switch needs nothing.
 */
export const addSetsText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
