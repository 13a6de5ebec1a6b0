import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import type { DimensionScore } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useListFormat } from '../../components/report/useListFormat'
import { useNames } from '../../components/report/useNames'
import '../../components/report/report.css'

type Props = { dimensions: readonly DimensionScore[]; rings: readonly number[] }

/**
 * The eight GB/T 33356 dimension scores as horizontal bars (long names fit on the category
 * axis), fixed size, grid lines at the level thresholds. One image for assistive technology; the
 * dimension table beside it carries the numbers.
 */
export const DimensionChart = ({ dimensions, rings }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const list = useListFormat()
  const data = dimensions.map((d) => ({ name: names.dimension(d.dimensionId), score: d.score }))
  const items = dimensions.map((d) =>
    t('results.dimensions.chartItem', {
      name: names.dimension(d.dimensionId),
      score: d.score === null ? t('results.notScored') : format.score(d.score),
    }),
  )
  return (
    <div
      role="img"
      aria-label={t('results.dimensions.chartSummary', { items: list(items) })}
      className="report-chart"
    >
      <BarChart
        width={640}
        height={340}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, ...rings, 100]} />
        <YAxis type="category" dataKey="name" width={190} tick={{ fontSize: 13 }} />
        <Bar dataKey="score" fill="#1f5fa8" isAnimationActive={false} />
      </BarChart>
    </div>
  )
}
