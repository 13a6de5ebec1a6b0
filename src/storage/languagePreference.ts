import { isLanguage, type Language } from '../domain/language'

const key = 'scm.language'

/** Reads the saved interface language; storage that is unavailable (private mode, policy) reads as none. */
export const readLanguagePreference = (): Language | null => {
  try {
    const value = window.localStorage.getItem(key)
    return isLanguage(value) ? value : null
  } catch {
    return null
  }
}

/** Saves the interface language; returns false when storage refused it (the switch still applies). */
export const writeLanguagePreference = (language: Language): boolean => {
  try {
    window.localStorage.setItem(key, language)
    return true
  } catch {
    return false
  }
}
