import { useTranslation } from 'react-i18next'
import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts'
import type { DimensionScore } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useListFormat } from '../../components/report/useListFormat'
import { useNames } from '../../components/report/useNames'
import { useSetWording } from '../../components/report/setWording'
import { useFittedWidth } from '../../components/report/useFittedWidth'
import { barsHeight, cartesianSize, categoryAxisWidth } from '../../components/report/chartSize'
import '../../components/report/report.css'

type Props = { dimensions: readonly DimensionScore[]; rings: readonly number[] }

/**
 * The set's dimension scores as horizontal bars (long names fit on the category axis; they wrap
 * in a narrow box), 640 wide or as wide as its box and as high as `barsHeight` gives for the
 * number of dimensions, grid lines at the level thresholds. One image for assistive technology;
 * the dimension table beside it carries the numbers.
 */
export const DimensionChart = ({ dimensions, rings }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const words = useSetWording()
  const list = useListFormat()
  const { ref: chartRef, width: boxWidth } = useFittedWidth<HTMLDivElement>()
  const size = cartesianSize(boxWidth, { width: 640, height: barsHeight(dimensions.length) })
  const axisWidth = categoryAxisWidth(size.width)
  const data = dimensions.map((d) => ({ name: names.dimension(d.dimensionId), score: d.score }))
  const items = dimensions.map((d) =>
    t('results.dimensions.chartItem', {
      name: names.dimension(d.dimensionId),
      score: d.score === null ? t('results.notScored') : format.score(d.score),
    }),
  )
  return (
    <div
      ref={chartRef}
      role="img"
      aria-label={words.chartSummary(list(items))}
      className="report-chart report-chart-fitted report-chart-bars"
    >
      <BarChart
        width={size.width}
        height={size.height}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 24, bottom: 8, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} />
        <XAxis type="number" domain={[0, 100]} ticks={[0, ...rings, 100]} />
        <YAxis
          type="category"
          dataKey="name"
          width={axisWidth}
          tick={{ fontSize: 13, width: axisWidth - 8 }}
        />
        <Bar dataKey="score" fill="#1f5fa8" isAnimationActive={false} />
      </BarChart>
    </div>
  )
}
