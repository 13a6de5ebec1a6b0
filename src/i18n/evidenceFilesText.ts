import i18next from 'i18next'
import en from './locales/en.files.json'
import zhCN from './locales/zh-CN.files.json'

/**
 * The words about evidence files attached to answers (questionnaire cards, the print appendix,
 * CSV and XLSX), in both languages. Like the rescue panels' text (`rescueText.ts`) it comes inside
 * the code that shows it, so the first visit never downloads it and a language switch needs nothing.
 */
export const addEvidenceFilesText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
