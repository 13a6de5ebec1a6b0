import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * A file's size in the current language, through `Intl`: bytes below 1 kB, then kB and MB with
 * one decimal (1 kB = 1,024 bytes, as file managers count).
 */
export const useFileSize = (): ((bytes: number) => string) => {
  const { i18n } = useTranslation()
  const locale = i18n.language
  return useMemo(() => {
    const unit = (name: 'byte' | 'kilobyte' | 'megabyte') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: name, maximumFractionDigits: 1 })
    const [byte, kilobyte, megabyte] = [unit('byte'), unit('kilobyte'), unit('megabyte')]
    return (bytes: number) =>
      bytes < 1024
        ? byte.format(bytes)
        : bytes < 1024 * 1024
          ? kilobyte.format(bytes / 1024)
          : megabyte.format(bytes / (1024 * 1024))
  }, [locale])
}
