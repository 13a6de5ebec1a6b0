import i18next from 'i18next'
import en from './locales/en.departments.json'
import zhCN from './locales/zh-CN.departments.json'

/**
 * Adds the words of the coordinator's departments page: departments, assignments, packages and the status board, in both languages. Like the rescue panels' text (`rescueText.ts`) it
 * comes inside the code that shows it, so the first visit never downloads it and a language
 * switch needs nothing.
 */
export const addDepartmentsText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
