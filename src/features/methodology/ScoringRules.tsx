import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { AnswerType, MetaFile } from '../../domain/indicators/schema'
import { Formula } from './Formula'
import { formulas } from './formulas'

/**
 * Sections 1–4: indicator scores, N/A and coverage, capability, dimension and total. The rules are
 * the app's, the same for every set; the set only decides how many levels its rubrics have.
 */
export const ScoringRules = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  // One rule per answer type, in this order: keyed by the type, so a new answer type is a type
  // error here until its rule is written.
  const rules = {
    kpi: (
      <>
        {t('methodology.indicatorScores.kpi')}
        <Formula>{formulas.kpi}</Formula>
        {t('methodology.indicatorScores.band')}
        <Formula>{formulas.band}</Formula>
      </>
    ),
    level: (
      <>
        {t('methodology.indicatorScores.level', { levels: meta.rubricLevels })}
        <Formula>{formulas.level}</Formula>
      </>
    ),
    boolean: t('methodology.indicatorScores.boolean'),
    choice: t('methodology.indicatorScores.choice'),
  } satisfies Record<AnswerType, ReactNode>
  return (
    <>
      <section aria-labelledby="method-indicator">
        <h2 id="method-indicator">{t('methodology.indicatorScores.heading')}</h2>
        <p>{t('methodology.indicatorScores.intro')}</p>
        <ul>
          {Object.entries(rules).map(([type, rule]) => (
            <li key={type}>{rule}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="method-states">
        <h2 id="method-states">{t('methodology.states.heading')}</h2>
        <ul>
          <li>{t('methodology.states.na')}</li>
          <li>{t('methodology.states.unanswered')}</li>
          <li>{t('methodology.states.excluded')}</li>
        </ul>
        <p>{t('methodology.states.coverage')}</p>
        <Formula>{formulas.coverage}</Formula>
      </section>
      <section aria-labelledby="method-capability">
        <h2 id="method-capability">{t('methodology.capability.heading')}</h2>
        <Formula>{formulas.capability}</Formula>
        <p>{t('methodology.capability.text')}</p>
      </section>
      <section aria-labelledby="method-dimension">
        <h2 id="method-dimension">{t('methodology.dimension.heading')}</h2>
        <Formula>{formulas.dimension}</Formula>
        <Formula>{formulas.total}</Formula>
        <p>{t('methodology.dimension.text')}</p>
      </section>
    </>
  )
}
