import { useTranslation } from 'react-i18next'
import type { MetaFile } from '../../domain/indicators/schema'
import type { MaturityLevelId } from '../../domain/scoring/maturityLevel'
import { useLocalized } from '../../i18n/useLocalized'
import { Formula } from './Formula'
import { formulas } from './formulas'

/**
 * Section 6: how strengths, weaknesses and improvement priorities are chosen. The levels that bound
 * strengths (from L3) and weaknesses (below L5) are named as the set names them.
 */
export const RankingRules = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const level = (id: MaturityLevelId) => {
    const found = meta.levels.find((l) => l.id === id)
    return found === undefined ? id : `${id} ${localized(found.name)}`
  }
  return (
    <section aria-labelledby="method-rules">
      <h2 id="method-rules">{t('methodology.rules.heading')}</h2>
      <p>{t('methodology.rules.strengths', { strong: level('L3'), top: level('L5') })}</p>
      <p>{t('methodology.rules.priorities')}</p>
      <Formula>{formulas.gain}</Formula>
    </section>
  )
}
