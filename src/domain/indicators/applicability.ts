import type { CityLevel, Indicator } from './schema'

/**
 * Whether the questionnaire asks an indicator of a city: every indicator of every city, except
 * that a county-level city is not asked the indicators marked `prefecture-and-above`. Scoring
 * excludes the others, and an import refuses answers to them.
 */
export const appliesTo = (
  indicator: Pick<Indicator, 'applicability'>,
  cityLevel: CityLevel,
): boolean => indicator.applicability === 'all' || cityLevel === 'prefecture-and-above'
