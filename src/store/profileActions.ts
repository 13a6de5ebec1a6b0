/**
 * Choosing how an assessment's total is weighted: the weight profile is stored with the
 * assessment (`weightProfile`) through the store's ordinary edit path (in memory at once, written
 * by the save queue), like its targets. The set's own weights are stored as no field at all.
 */
import { AssessmentSchema, type Assessment } from '../domain/assessment/assessment'
import { defaultProfileId } from '../domain/indicators/defaultProfile'

/** The store's edit of one assessment (ignored while it is read-only or not loaded). */
type Update = (id: string, change: (a: Assessment) => Assessment) => void

export const createProfileActions = (update: Update) => ({
  /**
   * Weights the total of assessment `id` with the profile `profileId` of its set; `undefined` or
   * the default's id: the set's own weights. An id that an assessment could not store (not a
   * short slug) changes nothing and returns false. Whether the set defines the profile is not
   * checked here: scoring falls back to the set's own weights and says so.
   */
  setWeightProfile: (id: string, profileId: string | undefined): boolean => {
    const own = profileId === undefined || profileId === defaultProfileId
    if (!own && !AssessmentSchema.shape.weightProfile.safeParse(profileId).success) return false
    update(id, (a) => {
      const next = { ...a, weightProfile: profileId }
      // NOTE: mutates only the copy; the set's own weights are stored as no field at all.
      if (own) delete next.weightProfile
      return next
    })
    return true
  },
})
