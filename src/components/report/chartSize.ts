import { textWidth, wrapLabel } from './wrapLabel'

/**
 * Drawing sizes of the charts for the box they are given. At full width each chart is its desktop
 * drawing, unchanged; in a narrower box (a phone, a zoomed window, a column beside other content)
 * it shrinks to fit instead of making the page scroll sideways. Text keeps its size: the drawing,
 * not the type, gets smaller, and long labels wrap.
 */

/** Narrower than this, a chart stops shrinking and scrolls inside its own box instead. */
export const minChartWidth = 200

export type RadarDrawing = { width: number; height: number; outerRadius: number }

export type RadarSize = RadarDrawing & {
  /** Width the capability names wrap to; undefined at full size, where they fit on one line. */
  labelWidth: number | undefined
}

/** The results and print radar at full size. */
export const reportRadar: RadarDrawing = { width: 560, height: 400, outerRadius: 130 }

/** The compare radar at full size. */
export const compareRadar: RadarDrawing = { width: 560, height: 420, outerRadius: 150 }

/** A radar is never drawn lower than this, so its labels keep room above and below. */
export const minRadarHeight = 340

/**
 * The radar for a box `available` CSS px wide.
 *
 * - `available` ≥ full width: the full drawing.
 * - Narrower: width = max(`minChartWidth`, ⌊available⌋); height keeps the full drawing's
 *   proportions but is at least `minRadarHeight` (the CSS of a chart's placeholder does the same,
 *   so nothing moves when the chart arrives); labels wrap to min(120, width / 4) px; and the radius
 *   is the largest that keeps a side label inside: the axes at ±18° reach 0.951 r sideways, then a
 *   gap and the label (12 px together with the error of the label's estimated width), so
 *   r = (width / 2 − label − 12) / 0.951, and at most height / 2 − 36
 *   (a two-line label above and below), never above the full radius. "label" is the widest line of
 *   `labels` once wrapped (estimated at `fontSize`): short Chinese names leave a larger radius; a
 *   word longer than the wrap width counts whole. Without `labels`, the wrap width itself.
 * - `available` not a positive number (not measured yet, or no layout as in jsdom): full size.
 */
export const radarSize = (
  available: number,
  full: RadarDrawing = reportRadar,
  labels: readonly string[] = [],
  fontSize = 13,
): RadarSize => {
  if (!(available > 0) || available >= full.width) return { ...full, labelWidth: undefined }
  const width = Math.max(minChartWidth, Math.floor(available))
  const height = Math.max(minRadarHeight, Math.round((width * full.height) / full.width))
  const labelWidth = Math.round(Math.min(120, width / 4))
  const widest = labels.flatMap((label) =>
    wrapLabel(label, labelWidth, fontSize).map((line) => textWidth(line, fontSize)),
  )
  const room = widest.length === 0 ? labelWidth : Math.ceil(Math.max(...widest))
  const outerRadius = Math.floor(
    Math.min(full.outerRadius, (width / 2 - room - 12) / 0.951, height / 2 - 36),
  )
  return { width, height, outerRadius, labelWidth }
}

export type CartesianSize = { width: number; height: number }

/**
 * A bar or line chart for a box `available` CSS px wide: the full width or the box's, never below
 * `minChartWidth`; the height stays (its rows or its scale do not depend on the width). Not
 * measured (≤ 0): full size.
 */
export const cartesianSize = (available: number, full: CartesianSize): CartesianSize => ({
  width:
    !(available > 0) || available >= full.width
      ? full.width
      : Math.max(minChartWidth, Math.floor(available)),
  height: full.height,
})

/**
 * Width of the category axis of the dimension bars: 190 px at full width (the longest English
 * dimension name on one line), at most 40 % of a narrower chart, where the names wrap.
 */
export const categoryAxisWidth = (chartWidth: number, full = 190): number =>
  Math.min(full, Math.round(chartWidth * 0.4))

/**
 * Height of the dimension bars for `count` dimensions: 340 px up to eight (the built-in set has
 * eight, drawn as before), 40 px more for each further one, so that a set with many dimensions
 * keeps a band per name that fits two lines of it. The bars' placeholder takes the same height.
 */
export const barsHeight = (count: number): number => 340 + 40 * Math.max(0, count - 8)
