import { cityKey, type Assessment } from '../../domain/assessment/assessment'
import { useAssessments } from '../../store/appStore'

/**
 * The assessment of the same city (compared with `cityKey`: trimmed, case-folded, NFKC) for the
 * year before, if this browser holds one. One assessment per city and year is enforced, so there
 * is at most one.
 */
export const usePreviousYear = (assessment: Assessment): Assessment | undefined => {
  const key = cityKey(assessment.city)
  const year = assessment.year - 1
  return useAssessments((s) =>
    Object.values(s.byId).find((a) => a.year === year && cityKey(a.city) === key),
  )
}
