import i18next from 'i18next'
import en from './locales/en.provenance.json'
import zhCN from './locales/zh-CN.provenance.json'

/**
 * Adds the words that say which department answers an indicator and where a merged answer came
 * from (questionnaire cards, the print appendix, CSV and XLSX), in both languages. Like the rescue
 * panels' text (`rescueText.ts`) it comes inside the code that shows it, so the first visit never
 * downloads it and a language switch needs nothing.
 */
export const addProvenanceText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
