import { Polygon, type RadarPoint } from 'recharts'

type Props = {
  /** Per radar axis (data order): whether that capability has a target. */
  present: readonly boolean[]
  color: string
  /** Set by recharts when it clones this element as the Radar's shape. */
  points?: readonly RadarPoint[]
}

/**
 * The dashed "to-be" series. Recharts draws a missing value at the centre, which would read as a
 * target of 0; here capabilities without a target break the line instead (an invalid point
 * starts a new segment of the polygon), and every set target gets a marker, so a single target
 * is still visible.
 */
export const TargetLine = ({ present, color, points = [] }: Props) => {
  const shown = points.filter((_, i) => present[i] === true)
  const gapped = points.map((p, i) =>
    present[i] === true ? p : { ...p, x: Number.NaN, y: Number.NaN },
  )
  return (
    <g className="results-target-line">
      <Polygon points={gapped} stroke={color} strokeWidth={2} strokeDasharray="6 4" fill="none" />
      {shown.map((p) => (
        <circle key={p.angle} cx={p.x} cy={p.y} r={4} fill={color} />
      ))}
    </g>
  )
}
