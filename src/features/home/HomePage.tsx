import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/ui/usePageTitle'

export const HomePage = () => {
  const { t } = useTranslation()
  usePageTitle(null)
  return (
    <section aria-labelledby="home-title">
      <h1 id="home-title">{t('home.title')}</h1>
      <p className="lead">{t('app.tagline')}</p>
    </section>
  )
}
