/**
 * Distinct colour, dash pattern and marker per compared series, so the chart reads in black and
 * white and for colour-blind readers (Okabe–Ito palette).
 */
export const seriesStyles = [
  { color: '#0072B2', dash: undefined, marker: 'circle' },
  { color: '#D55E00', dash: '6 3', marker: 'square' },
  { color: '#009E73', dash: '2 3', marker: 'diamond' },
  { color: '#CC79A7', dash: '10 4 2 4', marker: 'triangle' },
  { color: '#56B4E9', dash: '1 2', marker: 'cross' },
  { color: '#000000', dash: '12 3', marker: 'star' },
] as const

export const maxCompared = seriesStyles.length
