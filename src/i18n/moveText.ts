import i18next from 'i18next'
import en from './locales/en.move.json'
import zhCN from './locales/zh-CN.move.json'

/**
 * Adds the text of the move screen (moving an assessment to a newer version of its indicator set)
 * in both languages. Like the rescue panels' text (`rescueText.ts`) it comes inside the code that
 * shows it: only someone who opens that screen downloads it, and a language switch needs nothing.
 */
export const addMoveText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
