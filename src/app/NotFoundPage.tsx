import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { usePageTitle } from '../components/ui/usePageTitle'
import { routes } from '../routes/routes'

export const NotFoundPage = () => {
  const { t } = useTranslation()
  const [location] = useLocation()
  usePageTitle(t('notFound.title'))
  return (
    <section aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path: location })}</p>
      <p>
        <Link href={routes.home.href()}>{t('notFound.back')}</Link>
      </p>
    </section>
  )
}
