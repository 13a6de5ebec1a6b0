import { useTranslation } from 'react-i18next'
import { CartesianGrid, Legend, Line, LineChart, XAxis, YAxis } from 'recharts'
import type { MetaFile } from '../../domain/indicators/schema'
import type { Comparison } from '../../domain/report/yearComparison'
import { useLocalized } from '../../i18n/useLocalized'
import { seriesStyles } from './seriesStyle'
import { cartesianSize } from '../../components/report/chartSize'
import { useFittedWidth } from '../../components/report/useFittedWidth'

type Props = { comparison: Comparison; /** The set that names the capabilities. */ meta: MetaFile }

/** One line per capability across the years of one city. */
export const TrendChart = ({ comparison, meta }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { ref: chartRef, width: boxWidth } = useFittedWidth<HTMLElement>()
  const size = cartesianSize(boxWidth, { width: 640, height: 320 })
  const name = (id: string) => {
    const c = meta.capabilities.find((x) => x.id === id)
    return c === undefined ? id : localized(c.name)
  }
  const data = comparison.labels.map((label, i) => ({
    label,
    ...Object.fromEntries(
      comparison.capabilities.map((row) => [name(row.id), row.scores[i] ?? null]),
    ),
  }))
  return (
    <figure
      ref={chartRef}
      className="compare-figure compare-figure-trend"
      role="img"
      aria-label={t('compare.trendLabel')}
    >
      <LineChart width={size.width} height={size.height} data={data} accessibilityLayer={false}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="label" />
        <YAxis domain={[0, 100]} />
        {comparison.capabilities.map((row, i) => {
          const style = seriesStyles[i % seriesStyles.length]
          return (
            <Line
              key={row.id}
              type="monotone"
              dataKey={name(row.id)}
              stroke={style?.color}
              strokeDasharray={style?.dash}
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls={false}
            />
          )
        })}
        <Legend />
      </LineChart>
    </figure>
  )
}
