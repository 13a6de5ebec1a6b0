/**
 * The tiny set with baselines and targets of their own for county-level cities, checkable on
 * paper with `fullAnswers`:
 * - SC-001 (0 → 100 %, higher is better): counties from 60 to 100; 80 scores 80 at prefecture
 *   level and (80 − 60) / (100 − 60) = 50 at county level;
 * - SC-002 (60 → 10 min, lower is better): counties to 20 from the general baseline; 35 min scores
 *   50 at prefecture level and (35 − 60) / (20 − 60) = 62.5 at county level.
 * The other indicators have no override, so they score the same at both levels. It is version
 * 1.1.0, so it also serves as a later version of the tiny set that only adds county targets.
 */
import type { Indicator, IndicatorSet } from '../indicators/schema'
import { t, tinyIndicators, tinyMeta } from './tinySet'

type KpiCounty = NonNullable<Extract<Indicator['answer'], { type: 'kpi' }>['county']>

const countyTargets: Readonly<Record<string, KpiCounty>> = {
  'SC-001': { baseline: 60, target: 100, targetRationale: t('county r') },
  'SC-002': { target: 20, targetRationale: t('county r') },
}

const withCounty = (indicator: Indicator): Indicator => {
  const county = countyTargets[indicator.id]
  return county === undefined || indicator.answer.type !== 'kpi'
    ? indicator
    : { ...indicator, answer: { ...indicator.answer, county } }
}

export const countyTinySet: IndicatorSet = {
  meta: { ...tinyMeta, version: '1.1.0' },
  indicators: tinyIndicators.map(withCounty),
}
