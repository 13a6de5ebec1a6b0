import { wrapLabel } from './wrapLabel'

type TickProps = {
  x?: number | string
  y?: number | string
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit'
  payload?: { value?: unknown; coordinate?: number }
}

type Style = { fill: string; fontSize: number }

const lineHeight = 1.15

/**
 * A radar axis label that wraps to `labelWidth` px (see `wrapLabel`) and grows away from the chart:
 * upwards above the centre, downwards below it, both ways at the sides. Recharts places the
 * point (x, y) just outside the axis end and gives the side it is on (`textAnchor`).
 */
export const radarTick =
  (labelWidth: number | undefined, style: Style) =>
  ({ x = 0, y = 0, textAnchor = 'middle', payload }: TickProps) => {
    const lines = wrapLabel(String(payload?.value ?? ''), labelWidth, style.fontSize)
    const sin = Math.sin(((payload?.coordinate ?? 0) * Math.PI) / 180)
    const step = style.fontSize * lineHeight
    // Baseline of the first line, relative to y: above the centre the last line ends at y.
    const first =
      sin > 0.3
        ? -(lines.length - 1) * step
        : sin < -0.3
          ? style.fontSize * 0.8
          : -((lines.length - 1) * step) / 2 + style.fontSize * 0.35
    return (
      <text
        x={Number(x)}
        y={Number(y)}
        textAnchor={textAnchor}
        fill={style.fill}
        fontSize={style.fontSize}
        className="recharts-text recharts-polar-angle-axis-tick-value"
      >
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x)} dy={i === 0 ? first : step}>
            {/* The space a line ended at stays (invisible at the line's end), so the label's
                text reads as one name: "Multi-party fusion", not "Multi-partyfusion". */}
            {i < lines.length - 1 && !line.endsWith('-') ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    )
  }
