import i18next from 'i18next'
import en from './locales/en.workspace.json'
import zhCN from './locales/zh-CN.workspace.json'

/**
 * Adds the words of a department's workspace: opening a package, answering, returning it, in both languages. Like the rescue panels' text (`rescueText.ts`) it
 * comes inside the code that shows it, so the first visit never downloads it and a language
 * switch needs nothing.
 */
export const addWorkspaceText = (): void => {
  i18next.addResourceBundle('en', 'translation', en, true, false)
  i18next.addResourceBundle('zh-CN', 'translation', zhCN, true, false)
}
