import { useTranslation } from 'react-i18next'
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts'
import type { CapabilityTargets, RadarRow } from '../../domain/report/radarSeries'
import { useFormat } from '../../i18n/format'
import { TargetLine } from './TargetLine'
import { useListFormat } from './useListFormat'
import { useNames } from './useNames'

type Props = { rows: readonly RadarRow[]; rings: readonly number[]; targets: CapabilityTargets }

const colors = { current: '#1f5fa8', target: '#a34a00' } as const

/**
 * The five-capability radar: a fixed size (no ResponsiveContainer, so it renders in jsdom and
 * prints at a known width), rings at the level thresholds, the "to-be" series dashed (`TargetLine`).
 * The chart is
 * one image for assistive technology; the capability table carries the same numbers.
 */
export const CapabilityRadar = ({ rows, rings, targets }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const list = useListFormat()
  const present = rows.map((row) => row.target !== null)
  const hasTarget = present.includes(true)
  const data = rows.map((row) => ({
    name: names.capability(row.capability),
    score: row.score,
    target: row.target,
  }))
  const items = rows.map((row) => {
    const values = {
      name: names.capability(row.capability),
      score: row.score === null ? t('results.notScored') : format.score(row.score),
      level: names.level(row.level),
    }
    const target = targets[row.capability]
    return row.target === null || target === undefined
      ? t('results.radar.item', values)
      : t('results.radar.itemWithTarget', {
          ...values,
          target: names.levelId(target),
          targetScore: format.score(row.target),
        })
  })
  const label = `${t('results.radar.summary', { items: list(items) })} ${t('results.radar.rings', {
    rings: list(rings.map((ring) => format.number(ring))),
  })}`
  return (
    <div role="img" aria-label={label} className="results-chart">
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
          name={t('results.radar.current')}
          dataKey="score"
          stroke={colors.current}
          fill={colors.current}
          fillOpacity={0.3}
          isAnimationActive={false}
        />
        {hasTarget && (
          <Radar
            name={t('results.radar.target')}
            dataKey="target"
            stroke={colors.target}
            strokeWidth={2}
            strokeDasharray="6 4"
            fill="none"
            legendType="plainline"
            shape={<TargetLine present={present} color={colors.target} />}
            isAnimationActive={false}
          />
        )}
        <Legend />
      </RadarChart>
    </div>
  )
}
