import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { NewerVersionNotice } from '../../components/ui/NewerVersionNotice'
import type { Assessment } from '../../domain/assessment/assessment'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { useIndicatorSet } from '../../components/ui/indicatorSetContext'
import { routes } from '../../routes/routes'
import { useAssessments } from '../../store/appStore'

type Props = { assessment: Assessment; completeness: AssessmentScore['completeness'] }

/**
 * Title, city facts, the indicator set used, by its name, and its version (with the offer to move
 * to a newer one), completeness and a link back to the answers.
 */
export const ResultsHeader = ({ assessment, completeness }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const { meta } = useIndicatorSet()
  const readOnly = useAssessments((s) => s.readOnly[assessment.id] === true)
  return (
    <header className="results-header">
      <h1 id="results-title">
        {t('results.titleFor', { city: assessment.city, year: assessment.year })}
      </h1>
      <ul className="results-facts">
        {assessment.province !== undefined && (
          <li>{t('results.header.province', { province: assessment.province })}</li>
        )}
        <li>
          {t('results.header.setVersion', {
            name: localized(meta.name),
            version: assessment.indicatorSet.version,
          })}
        </li>
        <li>
          {t('results.header.completeness', {
            done: format.number(completeness.done),
            asked: format.number(completeness.asked),
          })}
        </li>
        <li>{t('results.header.updated', { date: format.dateTime(assessment.updatedAt) })}</li>
      </ul>
      <p>
        <Link href={routes.questionnaire.href(assessment.id)}>
          {t('results.header.editAnswers')}
        </Link>
        {' · '}
        <Link href={routes.print.href(assessment.id)}>{t('results.header.print')}</Link>
        {' · '}
        <Link href={routes.methodology.href(assessment.indicatorSet)}>
          {t('results.header.methodology')}
        </Link>
      </p>
      <NewerVersionNotice id={assessment.id} setRef={assessment.indicatorSet} readOnly={readOnly} />
    </header>
  )
}
