import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocalizedText } from '../domain/indicators/schema'

/** Picks the current language's side of bilingual indicator text. */
export const useLocalized = (): ((text: LocalizedText) => string) => {
  const { i18n } = useTranslation()
  const zh = i18n.language === 'zh-CN'
  return useCallback((text: LocalizedText) => (zh ? text.zh : text.en), [zh])
}
