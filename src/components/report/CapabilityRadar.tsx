import { useTranslation } from 'react-i18next'
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import type { CapabilityTargets, RadarRow } from '../../domain/report/radarSeries'
import { useFormat } from '../../i18n/format'
import { radarSize, reportRadar } from './chartSize'
import { GappedLine } from './GappedLine'
import { radarTick } from './RadarTick'
import { seriesStyles as series } from './seriesStyles'
import { useListFormat } from './useListFormat'
import { useFittedWidth } from './useFittedWidth'
import { useNames } from './useNames'
import './report.css'

type Props = {
  rows: readonly RadarRow[]
  rings: readonly number[]
  targets: CapabilityTargets
  /** Legend name of the current series; "Current (as-is)" when not given. */
  currentName?: string
  /** An earlier assessment (the previous year) drawn over the current one, in the same axis order. */
  previous?: { name: string; rows: readonly RadarRow[] }
  /** Draw recharts' colour legend (default); the print view shows a `RadarKey` in words instead. */
  legend?: boolean
}

/**
 * The five-capability radar: 560 × 400 where there is room (and in jsdom, which has no layout),
 * smaller in a narrower box (see `radarSize`), always vector SVG; rings at the level thresholds, the "to-be" series and
 * an optional previous-year series dashed (`GappedLine`). The chart is one image for assistive
 * technology; the capability table carries the same numbers.
 */
export const CapabilityRadar = ({
  rows,
  rings,
  targets,
  currentName,
  previous,
  legend = true,
}: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const list = useListFormat()
  const { ref: chartRef, width: boxWidth } = useFittedWidth<HTMLDivElement>()
  const present = rows.map((row) => row.target !== null)
  const hasTarget = present.includes(true)
  const previousPresent = previous?.rows.map((row) => row.score !== null) ?? []
  const data = rows.map((row, i) => ({
    name: names.capability(row.capability),
    score: row.score,
    target: row.target,
    previous: previous?.rows[i]?.score ?? null,
  }))
  const size = radarSize(
    boxWidth,
    reportRadar,
    data.map((d) => d.name),
  )
  const describe = (row: RadarRow) => ({
    name: names.capability(row.capability),
    score: row.score === null ? t('results.notScored') : format.score(row.score),
    level: names.level(row.level),
  })
  const items = rows.map((row) => {
    const values = describe(row)
    const target = targets[row.capability]
    return row.target === null || target === undefined
      ? t('results.radar.item', values)
      : t('results.radar.itemWithTarget', {
          ...values,
          target: names.levelId(target),
          targetScore: format.score(row.target),
        })
  })
  const parts = [
    t('results.radar.summary', { items: list(items) }),
    ...(previous === undefined
      ? []
      : [
          t('print.radar.previous', {
            name: previous.name,
            items: list(previous.rows.map((row) => t('results.radar.item', describe(row)))),
          }),
        ]),
    t('results.radar.rings', { rings: list(rings.map((ring) => format.number(ring))) }),
  ]
  return (
    <div
      ref={chartRef}
      role="img"
      aria-label={parts.join(' ')}
      className="report-chart report-chart-fitted report-chart-radar"
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
          dataKey="name"
          tick={radarTick(size.labelWidth, { fill: '#1b1f24', fontSize: 13 })}
        />
        <PolarRadiusAxis
          type="number"
          domain={[0, 100]}
          ticks={rings}
          angle={54}
          tick={{ fill: '#4a5360', fontSize: 11 }}
        />
        <Radar
          name={currentName ?? t('results.radar.current')}
          dataKey="score"
          stroke={series.current.color}
          strokeWidth={2}
          fill={series.current.color}
          fillOpacity={0.3}
          isAnimationActive={false}
        />
        {previous !== undefined && (
          <Radar
            name={previous.name}
            dataKey="previous"
            stroke={series.previous.color}
            strokeWidth={2}
            strokeDasharray={series.previous.dash}
            fill="none"
            legendType="plainline"
            shape={
              <GappedLine
                present={previousPresent}
                className="report-previous-line"
                {...series.previous}
              />
            }
            isAnimationActive={false}
          />
        )}
        {hasTarget && (
          <Radar
            name={t('results.radar.target')}
            dataKey="target"
            stroke={series.target.color}
            strokeWidth={2}
            strokeDasharray={series.target.dash}
            fill="none"
            legendType="plainline"
            shape={
              <GappedLine present={present} className="report-target-line" {...series.target} />
            }
            isAnimationActive={false}
          />
        )}
        {legend && <Legend />}
      </RadarChart>
    </div>
  )
}
