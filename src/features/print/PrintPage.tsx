import { useTranslation } from 'react-i18next'
import { AssessmentScreen } from '../../components/ui/AssessmentScreen'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { useAssessments } from '../../store/appStore'
import { PrintView } from './PrintView'
import { usePrintDocumentClass } from './usePrintDocumentClass'
import './print.css'

/**
 * The print / PDF summary of one assessment (a lazy route, like the results). The document title
 * names city and year, which browsers offer as the PDF's file name.
 */
export const PrintPage = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const assessment = useAssessments((s) => s.byId[id])
  const phase = useAssessments((s) => s.phase)
  usePrintDocumentClass()
  usePageTitle(
    assessment === undefined
      ? t('print.title')
      : t('print.titleFor', { city: assessment.city, year: assessment.year }),
  )
  return (
    <AssessmentScreen phase={phase} value={assessment} setOf={(a) => a.indicatorSet}>
      {(found) => <PrintView assessment={found} />}
    </AssessmentScreen>
  )
}
