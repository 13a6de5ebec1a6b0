import i18next from 'i18next'
import en from './locales/en.archive.json'
import zhCN from './locales/zh-CN.archive.json'

/**
 * Adds the words every ZIP archive this app reads shares (why its structure is refused, why a file
 * from it could not be stored), in both languages. The full backup and a department's ZIP return
 * each add it with their code, so the first visit never downloads it.
 */
export const addArchiveText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
