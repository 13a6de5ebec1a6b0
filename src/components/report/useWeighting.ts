import { useTranslation } from 'react-i18next'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { defaultProfileId } from '../../domain/indicators/defaultProfile'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { useLocalized } from '../../i18n/useLocalized'
import { useSetWording } from './setWording'

/**
 * The weightings of the total that `set` offers (its own weights first, then its profiles), named
 * in the current language, and the one a score was weighted with (`weighting` of the engine's
 * result): its name, the title of its source and its verification (both null for the set's own
 * weights), and the profile asked for but missing from the set, if any.
 */
export const useWeighting = (set: IndicatorSet, weighting: AssessmentScore['weighting']) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const words = useSetWording([set])
  const profiles = set.meta.weightProfiles ?? []
  const choices = [
    { id: defaultProfileId, name: words.defaultProfile },
    ...profiles.map((p) => ({ id: p.id, name: localized(p.name) })),
  ]
  const profile = profiles.find((p) => p.id === weighting.profileId) ?? null
  const source = set.meta.sources.find((s) => s.id === profile?.source)
  return {
    /** The set offers a choice: it has weight profiles. */
    offered: profiles.length > 0,
    choices,
    profile,
    name: profile === null ? words.defaultProfile : localized(profile.name),
    source:
      profile === null ? null : source === undefined ? profile.source : localized(source.title),
    verification: profile === null ? null : t(`methodology.verification.${profile.verification}`),
    unknownProfile: weighting.unknownProfile,
  }
}

export type WeightingView = ReturnType<typeof useWeighting>
