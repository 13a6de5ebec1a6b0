import { useEffect } from 'react'
import { onLanguageChosen } from '../i18n/i18n'
import { writeLanguagePreference } from '../storage/languagePreference'

/** Saves each language the user picks, so the next visit starts in it (main.tsx reads it). */
export const useLanguagePreference = (): void => {
  useEffect(
    () =>
      onLanguageChosen((language) => {
        writeLanguagePreference(language)
      }),
    [],
  )
}
