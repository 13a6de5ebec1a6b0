import i18next from 'i18next'
import en from './locales/en.rescue.json'
import zhCN from './locales/zh-CN.rescue.json'

/**
 * Adds the text of the rescue panels (records that could not be read, automatic backups) in both
 * languages. It comes inside their code rather than as a bundle of its own: only a browser with
 * something to rescue ever fetches it, one file costs less than two, and with both languages in
 * it a language switch needs nothing more.
 */
export const addRescueText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
