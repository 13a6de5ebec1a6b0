import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { readLanguagePreference, writeLanguagePreference } from '../storage/languagePreference'
import enCompare from './locales/en.compare.json'
import enExchange from './locales/en.exchange.json'
import en from './locales/en.json'
import enPrint from './locales/en.print.json'
import enResults from './locales/en.results.json'
import zhCNCompare from './locales/zh-CN.compare.json'
import zhCNExchange from './locales/zh-CN.exchange.json'
import zhCN from './locales/zh-CN.json'
import zhCNPrint from './locales/zh-CN.print.json'
import zhCNResults from './locales/zh-CN.results.json'
import { languageFromBrowser, type Language } from './languages'

/** Each language is a main file plus feature files with disjoint top-level sections. */
export const resources = {
  'zh-CN': {
    translation: { ...zhCN, ...zhCNResults, ...zhCNPrint, ...zhCNExchange, ...zhCNCompare },
  },
  en: { translation: { ...en, ...enResults, ...enPrint, ...enExchange, ...enCompare } },
} as const

/** The language to start in: the saved choice, else the browser's first language. */
export const initialLanguage = (): Language =>
  readLanguagePreference() ?? languageFromBrowser(navigator.languages ?? [navigator.language])

/** Keeps `<html lang>` and the document title in step with the interface language. */
const reflectLanguage = (language: string): void => {
  document.documentElement.lang = language
  document.title = i18next.t('app.name')
}

export const initI18n = (language: Language = initialLanguage()) => {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', reflectLanguage)
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: false,
      supportedLngs: ['zh-CN', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    })
    reflectLanguage(language)
  }
  return i18next
}

/** Switches the interface language and remembers the choice for the next visit. */
export const changeLanguage = async (language: Language): Promise<void> => {
  writeLanguagePreference(language)
  await i18next.changeLanguage(language)
}
