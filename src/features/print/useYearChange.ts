import { useMemo } from 'react'
import type { ReportModel } from '../../components/report/useReportModel'
import type { Assessment } from '../../domain/assessment/assessment'
import { toRadarSeries } from '../../domain/report/radarSeries'
import { compareAssessments } from '../../domain/report/yearComparison'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'

/**
 * The year-on-year view-model, from the pure domain: the previous year scored with the same set,
 * the comparison (deltas = this year − previous year) and both radar series without targets.
 * Null when there is no previous year.
 */
export const useYearChange = (
  model: ReportModel,
  year: number,
  previous: Assessment | undefined,
) => {
  const { set, score } = model
  return useMemo(() => {
    if (previous === undefined) return null
    const previousScore = scoreAssessment(set, previous.answers, previous.cityLevel)
    return {
      previous,
      comparison: compareAssessments([
        { label: String(previous.year), set, score: previousScore },
        { label: String(year), set, score },
      ]),
      radar: {
        previous: toRadarSeries(previousScore, set.meta),
        current: toRadarSeries(score, set.meta),
      },
    }
  }, [set, score, year, previous])
}

export type YearChangeModel = NonNullable<ReturnType<typeof useYearChange>>
