import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Sets `document.title` to "page · product" in the current language, for tabs and screen readers. */
export const usePageTitle = (page: string | null): void => {
  const { t, i18n } = useTranslation()
  const product = t('app.name')
  useEffect(() => {
    document.title = page === null ? product : `${page} · ${product}`
  }, [page, product, i18n.language])
}
