/**
 * How the radar's series are drawn. Each differs by line pattern and marker as well as colour, so
 * a black-and-white print still tells them apart: current = solid line over a shaded area,
 * previous year = short dashes with square markers, target = long dashes with round markers.
 */
export const seriesStyles = {
  current: { color: '#1f5fa8' },
  previous: { color: '#3b3f45', dash: '3 3', marker: 'square' },
  target: { color: '#a34a00', dash: '8 4', marker: 'circle' },
} as const
