import { useTranslation } from 'react-i18next'
import { AssessmentScreen } from '../../components/ui/AssessmentScreen'
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
  return (
    <AssessmentScreen phase={phase} value={assessment} setOf={(a) => a.indicatorSet}>
      {(found) => <ResultsView assessment={found} />}
    </AssessmentScreen>
  )
}
