import { useTranslation } from 'react-i18next'
import type { IndicatorSet } from '../../domain/indicators/schema'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { LazyDimensionChart } from './LazyCharts'
import { DimensionTable } from '../../components/report/DimensionTable'

type Props = { score: AssessmentScore; set: IndicatorSet; rings: readonly number[] }

/** The GB/T 33356 view: the eight dimension scores as a bar chart and a table with the total. */
export const DimensionSection = ({ score, set, rings }: Props) => {
  const { t } = useTranslation()
  return (
    <section aria-labelledby="results-dimensions">
      <h2 id="results-dimensions">{t('results.dimensions.heading')}</h2>
      <p>{t('results.dimensions.intro')}</p>
      <LazyDimensionChart dimensions={score.dimensions} rings={rings} />
      <DimensionTable score={score} set={set} />
    </section>
  )
}
