import { answerForCityLevel } from './kpiForCityLevel'
import type { CityLevel, Indicator } from './schema'

/**
 * The indicator with its answer definition as `cityLevel` is held to it (`answerForCityLevel`):
 * what a version move or a comparison between assessments compares. The indicator itself when
 * nothing changes. Apart from `kpiForCityLevel`, which the first download needs, since only the
 * screens that compare versions use it.
 */
export const indicatorForCityLevel = (indicator: Indicator, cityLevel: CityLevel): Indicator => {
  const answer = answerForCityLevel(indicator.answer, cityLevel)
  return answer === indicator.answer ? indicator : { ...indicator, answer }
}
