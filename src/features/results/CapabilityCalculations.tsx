import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { capabilityCalculation } from '../../domain/report/calculation'
import { capabilityIds, type IndicatorSet } from '../../domain/indicators/schema'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { CalculationDisclosure } from './CalculationDisclosure'
import { useNames } from '../../components/report/useNames'

type Props = { score: AssessmentScore; set: IndicatorSet }

/** One "show calculation" disclosure per capability, DG…SA. */
export const CapabilityCalculations = ({ score, set }: Props) => {
  const { t } = useTranslation()
  const names = useNames()
  const calculations = useMemo(
    () => capabilityIds.map((k) => [k, capabilityCalculation(score, set, k)] as const),
    [score, set],
  )
  return (
    <section aria-labelledby="results-calc">
      <h2 id="results-calc">{t('results.calc.heading')}</h2>
      {calculations.map(([k, calculation]) => (
        <CalculationDisclosure key={k} name={names.capability(k)} calculation={calculation} />
      ))}
    </section>
  )
}
