import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { setCoreFor } from '../../content/defaultIndicatorSet'
import { useCoreSets } from '../../components/ui/useCoreSets'
import { cityKey, type Assessment } from '../../domain/assessment/assessment'
import { compareAssessments } from '../../domain/report/yearComparison'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { useAssessments } from '../../store/appStore'
import { maxCompared } from './seriesStyle'

/** Orders the compared assessments: by city, then year, so a city's years read left to right. */
const byCityThenYear = (a: Assessment, b: Assessment) =>
  cityKey(a.city).localeCompare(cityKey(b.city)) || a.year - b.year

/** Everything the compare screen shows, from the domain; the screen only formats it. */
export const useCompareModel = (selectedIds: readonly string[]) => {
  const all = useAssessments(useShallow((s) => Object.values(s.byId)))
  const selected = all.filter((a) => selectedIds.includes(a.id))
  // Each assessment is scored with the set version it was made with.
  const setsLoaded = useCoreSets(selected.map((a) => a.indicatorSet))
  return useMemo(() => {
    const chosen = all
      .filter((a) => selectedIds.includes(a.id) && setCoreFor(a.indicatorSet) !== null)
      .sort(byCityThenYear)
      .slice(0, maxCompared)
    const labels = chosen.map((a) => `${a.city} ${a.year}`)
    const comparison = compareAssessments(
      chosen.map((a, i) => {
        const set = setCoreFor(a.indicatorSet)
        if (set === null) throw new Error('filtered above')
        return {
          label: labels[i] ?? '',
          set,
          score: scoreAssessment(set, a.answers, a.cityLevel),
        }
      }),
    )
    const versions = [
      ...new Set(chosen.map((a) => `${a.indicatorSet.setId}@${a.indicatorSet.version}`)),
    ]
    const oneCity = chosen.length > 1 && new Set(chosen.map((a) => cityKey(a.city))).size === 1
    return {
      all: [...all].sort(byCityThenYear),
      chosen,
      comparison,
      /** The chosen assessments were made with different set versions (each is scored with its own). */
      versionsDiffer: versions.length > 1,
      /** Whether every chosen assessment's set version is loaded (until then some are left out). */
      setsLoaded,
      versions,
      oneCity,
    }
  }, [all, selectedIds, setsLoaded])
}
