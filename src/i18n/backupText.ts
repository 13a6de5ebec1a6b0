import i18next from 'i18next'
import en from './locales/en.backup.json'
import zhCN from './locales/zh-CN.backup.json'

/**
 * Adds the words of the full backup (why an archive is refused, why its files could not be
 * stored or exported), in both languages. It comes inside the ZIP code that shows it, so the
 * first visit never downloads it and a language switch needs nothing.
 */
export const addBackupText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
