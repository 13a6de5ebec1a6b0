import type { IndicatorSet } from '../../domain/indicators/schema'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { LazyDimensionChart } from './LazyCharts'
import { DimensionTable } from '../../components/report/DimensionTable'
import { useSetWording } from '../../components/report/setWording'

type Props = { score: AssessmentScore; set: IndicatorSet; rings: readonly number[] }

/** The set's dimension scores as a bar chart and a table with the weighted total. */
export const DimensionSection = ({ score, set, rings }: Props) => {
  const words = useSetWording([set], score.weighting.profileId)
  return (
    <section aria-labelledby="results-dimensions">
      <h2 id="results-dimensions">{words.dimensionsHeading}</h2>
      <p>{words.dimensionsIntro}</p>
      <LazyDimensionChart dimensions={score.dimensions} rings={rings} />
      <DimensionTable score={score} set={set} />
    </section>
  )
}
