import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * Formats a year-on-year change (points) with a word and an arrow as well as the number, so gains
 * and losses read in black and white: "▲ up 3.2", "▼ down 1.0", "= unchanged". The direction is
 * taken from the number as displayed (one decimal), so "+0.0" never appears.
 */
export const useChangeFormat = (): ((delta: number | null) => string) => {
  const { t, i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const digits = { minimumFractionDigits: 1, maximumFractionDigits: 1 } as const
    const signed = new Intl.NumberFormat(locale, { ...digits, signDisplay: 'exceptZero' })
    const magnitude = new Intl.NumberFormat(locale, { ...digits, signDisplay: 'never' })
    return (delta: number | null) => {
      if (delta === null) return '—'
      const sign = signed.formatToParts(delta).find((p) => p.type.endsWith('Sign'))?.type
      const values = { delta: magnitude.format(delta) }
      if (sign === 'plusSign') return t('print.change.up', values)
      if (sign === 'minusSign') return t('print.change.down', values)
      return t('print.change.same')
    }
  }, [locale, t])
}
