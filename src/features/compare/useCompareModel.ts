import { useMemo } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { setCoreFor } from '../../content/defaultIndicatorSet'
import { useCoreSets } from '../../components/ui/useCoreSets'
import { cityKey, type Assessment } from '../../domain/assessment/assessment'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { comparability } from '../../domain/report/comparability'
import { sharedAcrossSets } from '../../domain/report/sharedAcrossSets'
import { compareAssessments } from '../../domain/report/yearComparison'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { useAssessments } from '../../store/appStore'
import { maxCompared } from './seriesStyle'

/** Orders the compared assessments: by city, then year, so a city's years read left to right. */
const byCityThenYear = (a: Assessment, b: Assessment) =>
  cityKey(a.city).localeCompare(cityKey(b.city)) || a.year - b.year

const versionOf = (a: Assessment) => `${a.indicatorSet.setId}@${a.indicatorSet.version}`

/**
 * Everything the compare screen shows, from the domain; the screen only formats it. `shared`
 * scores every assessment on only the indicators all chosen versions share with equal definitions
 * (when the versions differ; otherwise it changes nothing).
 */
export const useCompareModel = (selectedIds: readonly string[], { shared = false } = {}) => {
  const all = useAssessments(useShallow((s) => Object.values(s.byId)))
  const selected = all.filter((a) => selectedIds.includes(a.id))
  // Each assessment is scored with the set version it was made with.
  const setsLoaded = useCoreSets(selected.map((a) => a.indicatorSet))
  return useMemo(() => {
    const withSets = all
      .filter((a) => selectedIds.includes(a.id))
      .sort(byCityThenYear)
      .flatMap((a) => {
        const set = setCoreFor(a.indicatorSet)
        return set === null ? [] : [{ assessment: a, set }]
      })
      .slice(0, maxCompared)
    const chosen = withSets.map((c) => c.assessment)
    /** The full sets, for names and versions. */
    const fullSets = withSets.map((c) => c.set)
    const versions = [...new Set(chosen.map(versionOf))]
    const versionsDiffer = versions.length > 1
    const subset = shared && versionsDiffer ? sharedAcrossSets(fullSets) : null
    /** Each assessment with the set it is scored on: its own, or its own cut to the shared indicators. */
    const scored: { assessment: Assessment; set: IndicatorSet }[] = withSets.map((c, i) => ({
      assessment: c.assessment,
      set: subset?.sets[i] ?? c.set,
    }))
    const labels = chosen.map((a) => `${a.city} ${a.year}`)
    // Each weighted with its own weight profile (the set's own weights where it has none).
    const columns = scored.map(({ assessment, set }, i) => ({
      label: labels[i] ?? '',
      set,
      score: scoreAssessment(
        set,
        assessment.answers,
        assessment.cityLevel,
        assessment.weightProfile,
      ),
    }))
    const comparison = compareAssessments(columns)
    /** Per column, the weight profile its total is weighted with, as the engine resolved it. */
    const profiles = columns.map((c) => c.score.weighting.profileId)
    const [first] = scored
    /**
     * Per column, what differs from the first column's scores (null for the first column and for
     * columns of the same version and weight profile), computed on the sets actually scored.
     */
    const differences = scored.map((side, i) =>
      i === 0 ||
      first === undefined ||
      (versionOf(side.assessment) === versionOf(first.assessment) && profiles[i] === profiles[0])
        ? null
        : comparability(first, side),
    )
    const oneCity = chosen.length > 1 && new Set(chosen.map((a) => cityKey(a.city))).size === 1
    return {
      all: [...all].sort(byCityThenYear),
      chosen,
      fullSets,
      comparison,
      differences,
      /** When compared on shared indicators only: what was kept and what was left out. */
      subset,
      /** The chosen assessments were made with different set versions (each is scored with its own). */
      versionsDiffer,
      /** Per column, the weight profile of its total; `profilesDiffer` when they are not all one. */
      profiles,
      profilesDiffer: new Set(profiles).size > 1,
      /** Whether every chosen assessment's set version is loaded (until then some are left out). */
      setsLoaded,
      oneCity,
    }
  }, [all, selectedIds, setsLoaded, shared])
}

export type CompareModel = ReturnType<typeof useCompareModel>
