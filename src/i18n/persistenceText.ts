import i18next from 'i18next'
import en from './locales/en.persistence.json'
import zhCN from './locales/zh-CN.persistence.json'

/**
 * Adds the text of "does the browser keep the data" in both languages. Like the rescue panels'
 * text (`rescueText.ts`) it comes inside the code that shows it, which is fetched only once there
 * is something to keep: the first visit never downloads it, and a language switch needs nothing.
 */
export const addPersistenceText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
