import { useTranslation } from 'react-i18next'
import { Formula } from './Formula'
import { formulas } from './formulas'

/** Section 6: how strengths, weaknesses and improvement priorities are chosen. */
export const RankingRules = () => {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="method-rules">
      <h2 id="method-rules">{t('methodology.rules.heading')}</h2>
      <p>{t('methodology.rules.strengths')}</p>
      <p>{t('methodology.rules.priorities')}</p>
      <Formula>{formulas.gain}</Formula>
    </section>
  )
}
