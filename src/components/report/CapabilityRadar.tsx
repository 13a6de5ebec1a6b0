import { useTranslation } from 'react-i18next'
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import type { CapabilityTargets, RadarRow } from '../../domain/report/radarSeries'
import { useFormat } from '../../i18n/format'
import { GappedLine } from './GappedLine'
import { seriesStyles as series } from './seriesStyles'
import { useListFormat } from './useListFormat'
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
 * The five-capability radar: a fixed size (no ResponsiveContainer, so it renders in jsdom and
 * prints at a known width as vector SVG), rings at the level thresholds, the "to-be" series and
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
  const present = rows.map((row) => row.target !== null)
  const hasTarget = present.includes(true)
  const previousPresent = previous?.rows.map((row) => row.score !== null) ?? []
  const data = rows.map((row, i) => ({
    name: names.capability(row.capability),
    score: row.score,
    target: row.target,
    previous: previous?.rows[i]?.score ?? null,
  }))
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
    <div role="img" aria-label={parts.join(' ')} className="report-chart">
      <RadarChart width={560} height={400} data={data} outerRadius={130} accessibilityLayer={false}>
        <PolarGrid gridType="polygon" />
        <PolarAngleAxis dataKey="name" tick={{ fill: '#1b1f24', fontSize: 13 }} />
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
