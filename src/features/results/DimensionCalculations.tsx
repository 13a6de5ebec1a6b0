import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { dimensionCalculation } from '../../domain/report/calculation'
import type { IndicatorSet } from '../../domain/indicators/schema'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { CalculationDisclosure } from './CalculationDisclosure'
import { useNames } from '../../components/report/useNames'

type Props = { score: AssessmentScore; set: IndicatorSet }

/** One "show calculation" disclosure per GB/T 33356 dimension, in the set's order. */
export const DimensionCalculations = ({ score, set }: Props) => {
  const { t } = useTranslation()
  const names = useNames()
  const calculations = useMemo(
    () =>
      score.dimensions.flatMap(({ dimensionId }) => {
        const calculation = dimensionCalculation(score, set, dimensionId)
        return calculation === null ? [] : [[dimensionId, calculation] as const]
      }),
    [score, set],
  )
  return (
    <section aria-labelledby="results-dimension-calc">
      <h2 id="results-dimension-calc">{t('results.dimensions.calcHeading')}</h2>
      {calculations.map(([id, calculation]) => (
        <CalculationDisclosure key={id} name={names.dimension(id)} calculation={calculation} />
      ))}
    </section>
  )
}
