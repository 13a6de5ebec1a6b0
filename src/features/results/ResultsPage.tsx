import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { useAssessments } from '../../store/appStore'
import { ResultsView } from './ResultsView'
import './results.css'

/** The results of one assessment; a loading state first, a translated "not found" for unknown ids. */
export const ResultsPage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const assessment = useAssessments((s) => s.byId[id])
  const phase = useAssessments((s) => s.phase)
  usePageTitle(
    assessment === undefined
      ? t('results.title')
      : t('results.titleFor', { city: assessment.city, year: assessment.year }),
  )
  if (phase === 'loading') return <p role="status">{t('results.loading')}</p>
  if (assessment === undefined)
    return (
      <section aria-labelledby="results-not-found">
        <h1 id="results-not-found">{t('results.notFound.title')}</h1>
        <p>{t('results.notFound.body')}</p>
        <p>
          <Link href="/">{t('results.notFound.back')}</Link>
        </p>
      </section>
    )
  return <ResultsView assessment={assessment} />
}
