import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** Number, percent and date formatting in the current language, through `Intl`. */
export const useFormat = () => {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const score = new Intl.NumberFormat(locale, {
      maximumFractionDigits: 1,
      minimumFractionDigits: 1,
    })
    const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 4 })
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' })
    return {
      score: (n: number) => score.format(n),
      number: (n: number) => number.format(n),
      percent: (ratio: number) => percent.format(ratio),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      time: (iso: string) => time.format(new Date(iso)),
    }
  }, [locale])
}
