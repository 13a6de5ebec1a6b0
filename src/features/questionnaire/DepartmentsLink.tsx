import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { addProvenanceText } from '../../i18n/provenanceText'
import { routes } from '../../routes/routes'

// Its words come with the questionnaire's code, not in the first download.
addProvenanceText()

/** The way from the questionnaire to the assessment's departments (who answers what). */
export const DepartmentsLink = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  return (
    <p>
      <Link href={routes.departments.href(id)}>{t('answerSource.departmentsLink')}</Link>
    </p>
  )
}
