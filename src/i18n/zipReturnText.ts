import i18next from 'i18next'
import en from './locales/en.zipreturn.json'
import zhCN from './locales/zh-CN.zipreturn.json'

/**
 * Adds the words of a department's ZIP return (writing it, why one is refused, why its files could
 * not be stored), in both languages. It comes inside the code that writes or reads such a return,
 * so the first visit never downloads it and a language switch needs nothing.
 */
export const addZipReturnText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
