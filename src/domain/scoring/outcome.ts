import type { Answer } from '../assessment/answer'
import { appliesTo } from '../indicators/applicability'
import { answerForCityLevel } from '../indicators/kpiForCityLevel'
import type { CityLevel, Indicator } from '../indicators/schema'
import { normaliseAnswer, type NormaliseProblem, type U4sscBand } from './normalise'

/**
 * What one indicator contributes:
 * - `scored`: a valid answer, normalised to `score` ∈ [0, 100];
 * - `na`: marked not applicable with a reason — it leaves every denominator;
 * - `unanswered`: no value yet — it stays in the coverage denominator;
 * - `invalid`: a stored value the definition rejects — treated as unanswered, and reported;
 * - `excluded`: the indicator does not apply to this city level (not asked at all).
 */
export type IndicatorOutcome =
  | { state: 'scored'; score: number; measured?: number; band?: U4sscBand }
  | { state: 'na'; reason: string }
  | { state: 'unanswered' }
  | { state: 'invalid'; problem: NormaliseProblem }
  | { state: 'excluded' }

/**
 * The outcome of one indicator for a city of `cityLevel`. A KPI is scored against the baseline and
 * target that level is held to (`answerForCityLevel`: a county-level city against the county
 * target where the indicator sets one), and its U4SSC band measured against the same target.
 */
export const indicatorOutcome = (
  indicator: Indicator,
  answer: Answer | undefined,
  cityLevel: CityLevel,
): IndicatorOutcome => {
  if (!appliesTo(indicator, cityLevel)) return { state: 'excluded' }
  if (answer?.notApplicable !== undefined)
    return { state: 'na', reason: answer.notApplicable.reason }
  if (answer?.value === undefined) return { state: 'unanswered' }
  const normalised = normaliseAnswer(answerForCityLevel(indicator.answer, cityLevel), answer.value)
  if (!normalised.ok) return { state: 'invalid', problem: normalised.problem }
  const { score, measured, band } = normalised
  return {
    state: 'scored',
    score,
    ...(measured === undefined ? {} : { measured }),
    ...(band === undefined ? {} : { band }),
  }
}
