import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { useAssessments } from '../../store/appStore'
import { AssessmentList } from './AssessmentList'
import { DeletedToast } from './DeletedToast'
import { StorageSection } from './StorageSection'

export const HomePage = () => {
  const { t } = useTranslation()
  usePageTitle(null)
  const phase = useAssessments((s) => s.phase)
  return (
    <section aria-labelledby="home-title">
      <div className="page-head">
        <h1 id="home-title">{t('home.title')}</h1>
        <Link href="/new" className="button">
          {t('home.new')}
        </Link>
      </div>
      <p className="lead">{t('app.tagline')}</p>
      {phase === 'loading' ? <p role="status">{t('common.loading')}</p> : <AssessmentList />}
      {phase === 'ready' && <StorageSection />}
      <DeletedToast />
    </section>
  )
}
