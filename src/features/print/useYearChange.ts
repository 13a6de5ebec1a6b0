import { useMemo } from 'react'
import type { ReportModel } from '../../components/report/useReportModel'
import type { Assessment } from '../../domain/assessment/assessment'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { comparability } from '../../domain/report/comparability'
import { toRadarSeries } from '../../domain/report/radarSeries'
import { compareAssessments } from '../../domain/report/yearComparison'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'

const sameVersion = (a: Assessment, b: Assessment) =>
  a.indicatorSet.setId === b.indicatorSet.setId && a.indicatorSet.version === b.indicatorSet.version

/**
 * The year-on-year view-model, from the pure domain: the previous year scored with its own set
 * version and weight profile, the comparison (deltas = this year − previous year), both radar
 * series without targets, and, when the two versions or weight profiles differ, which scores
 * differ in what they measure (`comparability`, previous year as side a).
 */
export const useYearChange = (
  model: ReportModel,
  assessment: Assessment,
  previous: Assessment,
  previousSet: IndicatorSet,
) => {
  const { set, score } = model
  return useMemo(() => {
    const previousScore = scoreAssessment(
      previousSet,
      previous.answers,
      previous.cityLevel,
      previous.weightProfile,
    )
    const sameProfile = previousScore.weighting.profileId === score.weighting.profileId
    return {
      comparison: compareAssessments([
        { label: String(previous.year), set: previousSet, score: previousScore },
        { label: String(assessment.year), set, score },
      ]),
      radar: {
        previous: toRadarSeries(previousScore, previousSet.meta),
        current: toRadarSeries(score, set.meta),
      },
      /** The two years were recorded with different set versions. */
      versionsDiffer: !sameVersion(previous, assessment),
      differences:
        sameVersion(previous, assessment) && sameProfile
          ? null
          : comparability({ assessment: previous, set: previousSet }, { assessment, set }),
    }
  }, [set, score, assessment, previous, previousSet])
}

export type YearChangeModel = ReturnType<typeof useYearChange>
