import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Joins items as a list in the current language ("a, b, and c" / "a、b和c"), through Intl. A
 * conjunction list: the "unit" type would join Chinese items with no separator at all.
 */
export const useListFormat = (): ((items: readonly string[]) => string) => {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const formatter = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })
    return (items: readonly string[]) => formatter.format(items)
  }, [locale])
}
