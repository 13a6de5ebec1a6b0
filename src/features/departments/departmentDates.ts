import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Today as a calendar date in the user's time zone (`2026-12-06`), as a due date is written. */
export const localToday = (now = new Date()): string => {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

/**
 * Dates on the departments screen, in the current language: `day` of a moment (an ISO date-time,
 * in the user's time zone) and `calendar` of a calendar date (`2026-12-20`, shown as that day
 * wherever the user is).
 */
export const useDates = () => {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const local = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })
    const utc = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })
    return {
      day: (iso: string) => local.format(new Date(iso)),
      calendar: (date: string) => utc.format(new Date(`${date}T00:00:00Z`)),
    }
  }, [locale])
}
