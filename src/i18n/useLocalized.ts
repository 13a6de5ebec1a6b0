import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocalizedText } from '../domain/indicators/schema'

/**
 * Picks the current language's side of bilingual indicator text; while that language's text is
 * still loading (empty), the other side is shown rather than nothing.
 */
export const useLocalized = (): ((text: LocalizedText) => string) => {
  const { i18n } = useTranslation()
  const zh = i18n.language === 'zh-CN'
  return useCallback((text: LocalizedText) => (zh ? text.zh || text.en : text.en || text.zh), [zh])
}
