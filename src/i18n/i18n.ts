import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import { fetchLocaleBundle, type LocaleBundle } from './localeBundles'
import { isLanguage, languageFromBrowser, type Language } from '../domain/language'

/** The language to start in: the saved choice (read by the caller), else the browser's first language. */
export const initialLanguage = (saved: Language | null): Language =>
  saved ?? languageFromBrowser(navigator.languages ?? [navigator.language])

/** Called when the user picks a language (not on start-up), so the caller can remember it. */
const choiceListeners = new Set<(language: Language) => void>()

/** Subscribes to the user's language choices; returns the unsubscribe function. */
export const onLanguageChosen = (listener: (language: Language) => void): (() => void) => {
  choiceListeners.add(listener)
  return () => choiceListeners.delete(listener)
}

/** Keeps `<html lang>` and the document title in step with the interface language. */
const reflectLanguage = (language: string): void => {
  document.documentElement.lang = language
  if (i18next.exists('app.name')) document.title = i18next.t('app.name')
}

/** Bundles some screen has asked for; a language switch fetches all of them in the new language. */
const wanted = new Set<LocaleBundle>()
/** What has been added to i18next, per language, so nothing is fetched twice. */
const added = new Map<Language, Set<LocaleBundle>>()

/**
 * Makes the given bundles available in `language` (default: the current one) and remembers them
 * for later switches. Resolves once i18next has the text; a failed fetch rejects, so the caller's
 * error boundary can say so instead of showing raw keys.
 */
export const loadLocale = async (
  bundles: readonly LocaleBundle[],
  language: Language = currentLanguage(),
): Promise<void> => {
  for (const bundle of bundles) wanted.add(bundle)
  const have = added.get(language) ?? new Set<LocaleBundle>()
  added.set(language, have)
  const missing = bundles.filter((bundle) => !have.has(bundle))
  const fetched = await Promise.all(missing.map((bundle) => fetchLocaleBundle(language, bundle)))
  fetched.forEach((resources, i) => {
    i18next.addResourceBundle(language, 'translation', resources, true, false)
    const bundle = missing[i]
    if (bundle !== undefined) have.add(bundle)
  })
  if (language === currentLanguage()) reflectLanguage(language)
}

/** The interface language now (en until i18next knows better). */
export const currentLanguage = (): Language =>
  isLanguage(i18next.language) ? i18next.language : 'en'

/**
 * Initialises i18next without text; `loadLocale` adds it. A key that is missing at render time
 * is reported on the console (the browser tests fail on console errors), never shown silently.
 */
export const initI18n = (language: Language) => {
  if (!i18next.isInitialized) {
    i18next.on('languageChanged', reflectLanguage)
    void i18next.use(initReactI18next).init({
      resources: {},
      lng: language,
      fallbackLng: false,
      supportedLngs: ['zh-CN', 'en'],
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
      saveMissing: true,
      missingKeyHandler: (languages, _namespace, key) => {
        console.error(`Missing interface text "${key}" (${languages.join(', ')})`)
      },
    })
    reflectLanguage(language)
  }
  return i18next
}

/**
 * Switches the interface language and tells the `onLanguageChosen` listeners (the app remembers
 * the choice for the next visit). The text of every bundle in use is fetched first, so the switch
 * never shows keys.
 */
export const changeLanguage = async (language: Language): Promise<void> => {
  await loadLocale([...wanted], language)
  for (const listener of choiceListeners) listener(language)
  await i18next.changeLanguage(language)
}
