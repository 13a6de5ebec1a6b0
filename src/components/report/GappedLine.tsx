import { Polygon, type RadarPoint } from 'recharts'

type Props = {
  /** Per radar axis (data order): whether that axis has a value in this series. */
  present: readonly boolean[]
  color: string
  /** SVG dash pattern of the line, e.g. "6 4". */
  dash: string
  /** Marker drawn at every present point: the shape tells series apart in black and white. */
  marker: 'circle' | 'square'
  className?: string
  /** Set by recharts when it clones this element as the Radar's shape. */
  points?: readonly RadarPoint[]
}

/**
 * A dashed radar series (the "to-be" target, or the previous year). Recharts draws a missing value
 * at the centre, which would read as a score of 0; here axes without a value break the line
 * instead (an invalid point starts a new segment of the polygon), and every present point gets a
 * marker, so a single value is still visible.
 */
export const GappedLine = ({ present, color, dash, marker, className, points = [] }: Props) => {
  const shown = points.filter((_, i) => present[i] === true)
  const gapped = points.map((p, i) =>
    present[i] === true ? p : { ...p, x: Number.NaN, y: Number.NaN },
  )
  return (
    <g className={className}>
      <Polygon points={gapped} stroke={color} strokeWidth={2} strokeDasharray={dash} fill="none" />
      {shown.map((p) =>
        marker === 'circle' ? (
          <circle key={p.angle} cx={p.x} cy={p.y} r={4} fill={color} />
        ) : (
          <rect key={p.angle} x={p.x - 4} y={p.y - 4} width={8} height={8} fill={color} />
        ),
      )}
    </g>
  )
}
