import { useTranslation } from 'react-i18next'
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import type { Comparison } from '../../domain/report/yearComparison'
import type { MetaFile } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { seriesStyles } from './seriesStyle'
import { compareRadar, radarSize } from '../../components/report/chartSize'
import { useFittedWidth } from '../../components/report/useFittedWidth'
import { radarTick } from '../../components/report/RadarTick'

type Props = { comparison: Comparison; /** The set that names the capabilities. */ meta: MetaFile }

/** The compared assessments' capability scores on one radar; the delta table carries the numbers. */
export const CompareRadar = ({ comparison, meta }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { ref: chartRef, width: boxWidth } = useFittedWidth<HTMLElement>()
  const data = comparison.capabilities.map((row) => {
    const name = meta.capabilities.find((c) => c.id === row.id)?.name
    return {
      capability: name === undefined ? row.id : localized(name),
      ...Object.fromEntries(comparison.labels.map((label, i) => [label, row.scores[i] ?? 0])),
    }
  })
  const size = radarSize(
    boxWidth,
    compareRadar,
    data.map((d) => d.capability),
  )
  return (
    <figure
      ref={chartRef}
      className="compare-figure compare-figure-radar"
      role="img"
      aria-label={t('compare.radarLabel', { items: comparison.labels.join('、') })}
    >
      <RadarChart
        width={size.width}
        height={size.height}
        data={data}
        outerRadius={size.outerRadius}
        accessibilityLayer={false}
      >
        <PolarGrid gridType="polygon" />
        <PolarAngleAxis
          dataKey="capability"
          tick={radarTick(size.labelWidth, { fill: '#1b1f24', fontSize: 13 })}
        />
        <PolarRadiusAxis angle={90} domain={[0, 100]} tickCount={6} />
        {comparison.labels.map((label, i) => {
          const style = seriesStyles[i % seriesStyles.length]
          return (
            <Radar
              key={label}
              name={label}
              dataKey={label}
              stroke={style?.color}
              strokeWidth={2}
              strokeDasharray={style?.dash}
              fill={style?.color}
              fillOpacity={0.06}
              isAnimationActive={false}
              dot={{ r: 3 }}
            />
          )
        })}
        <Legend />
      </RadarChart>
    </figure>
  )
}
