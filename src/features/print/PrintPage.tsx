import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
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
  if (phase === 'loading') return <p role="status">{t('results.loading')}</p>
  if (assessment === undefined)
    return (
      <section aria-labelledby="print-not-found">
        <h1 id="print-not-found">{t('results.notFound.title')}</h1>
        <p>{t('results.notFound.body')}</p>
        <p>
          <Link href="/">{t('results.notFound.back')}</Link>
        </p>
      </section>
    )
  return <PrintView assessment={assessment} />
}
