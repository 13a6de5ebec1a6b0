import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A due date (`2026-12-31`, a calendar day with no time zone) in the interface language. Read as
 * UTC and written as UTC, so the day never shifts with the reader's time zone.
 */
export const useDueDate = (): ((date: string) => string) => {
  const { i18n } = useTranslation()
  return useMemo(() => {
    const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeZone: 'UTC' })
    return (date: string) => format.format(new Date(`${date}T00:00:00Z`))
  }, [i18n.language])
}
