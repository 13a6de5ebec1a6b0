/**
 * The KPI definition a city level is held to. A KPI may set county-level cities a baseline and
 * target of their own (`county`); everything that reads a KPI's baseline, target or rationale for
 * one assessment (scoring, next steps, the questionnaire's hint, version moves and comparisons)
 * reads them through these functions, so no screen can show one target and score against another.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs the set checker, which uses this, in Node.
import type { AnswerDefinition, CityLevel } from './schema.ts'

export type KpiDefinition = Extract<AnswerDefinition, { type: 'kpi' }>

/**
 * The KPI definition `cityLevel` is held to, without the `county` override (it has been applied,
 * or does not concern this level):
 * - county-level city with an override: `target` and `targetRationale` from the override,
 *   `baseline` from the override when it gives one, else the general baseline;
 * - county-level city without an override, or prefecture level and above: the general baseline,
 *   target and rationale.
 * Every other field (unit, direction, bounds, ratio) is the same for every level. The definition
 * itself is returned when it has no override, so a set without overrides allocates nothing; a
 * definition with one always gives a new object and leaves its argument unchanged.
 */
export const kpiForCityLevel = (def: KpiDefinition, cityLevel: CityLevel): KpiDefinition => {
  if (def.county === undefined) return def
  const { county, ...general } = def
  // The override's target and rationale, and its baseline where it gives one. (Written short: the
  // scoring engine, and so this function, is in the first download.)
  return cityLevel === 'county'
    ? { ...general, ...county, baseline: county.baseline ?? general.baseline }
    : general
}

/** `kpiForCityLevel` for a KPI; any other answer definition as it is (it has no targets). */
export const answerForCityLevel = (
  def: AnswerDefinition,
  cityLevel: CityLevel,
): AnswerDefinition => (def.type === 'kpi' ? kpiForCityLevel(def, cityLevel) : def)
