import { useTranslation } from 'react-i18next'
import type { Answer } from '../../domain/assessment/answer'
import type { Indicator } from '../../domain/indicators/schema'
import { AnswerText } from './AnswerText'

/**
 * An answer in words, as the print appendix words it: N/A with its reason, the value
 * (`AnswerText`), or "not answered". Needs the report bundle's text.
 */
export const AnswerSummary = ({
  indicator,
  answer,
}: {
  indicator: Indicator
  answer: Answer | undefined
}) => {
  const { t } = useTranslation()
  if (answer?.notApplicable !== undefined)
    return <>{t('print.appendix.na', { reason: answer.notApplicable.reason })}</>
  if (answer?.value === undefined) return <>{t('print.appendix.unanswered')}</>
  return <AnswerText indicator={indicator} value={answer.value} />
}
