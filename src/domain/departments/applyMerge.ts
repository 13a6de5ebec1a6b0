/**
 * Writing a planned merge into an assessment: the answers the coordinator accepted replace the
 * assessment's, everything else stays as it is. Pure: the store writes the result (with a backup,
 * so the merge can be undone).
 */
import type { Answer } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import type { Respondent } from './departmentSchema'
import { classifyReturn, type ReturnedAnswer } from './mergeReturn'
import type { ReturnPlan } from './planReturn'

/**
 * `assessment` with the accepted answers of a department's return (`accepted`: indicator ids of
 * `plan.entries`; others are kept as they are). Each accepted answer carries where it came from
 * (`merged`: department, person, when answered, package, `mergedAt`); its review marks are the
 * department's. The package records the return (when written, when merged, by whom), which the
 * status board shows. `updatedAt` becomes `mergedAt`. An accepted id the plan does not list is
 * ignored; `same` entries change nothing but the record of the return.
 */
export const applyReturn = (
  assessment: Assessment,
  plan: ReturnPlan,
  accepted: ReadonlySet<string>,
  returned: { returnedAt: string; respondent: Respondent; departmentName: string },
  mergedAt: string,
): Assessment => {
  const answers: Record<string, Answer> = {}
  for (const [id, answer] of Object.entries(assessment.answers)) answers[id] = answer
  for (const entry of plan.entries) {
    if (!accepted.has(entry.indicatorId) || entry.kind === 'same') continue
    answers[entry.indicatorId] = {
      ...entry.returned,
      merged: {
        packageId: plan.packageId,
        departmentId: plan.issued.departmentId,
        department: returned.departmentName,
        person: returned.respondent.name,
        answeredAt: entry.answeredAt,
        mergedAt,
      },
    }
  }
  const record = {
    returnedAt: returned.returnedAt,
    mergedAt,
    respondent: returned.respondent,
  }
  return {
    ...assessment,
    answers,
    packages: (assessment.packages ?? []).map((p) =>
      p.packageId === plan.packageId ? { ...p, returns: [...(p.returns ?? []), record] } : p,
    ),
    updatedAt: mergedAt,
  }
}

/**
 * Merging a whole assessment from an import into the one kept here, answer by answer: with no
 * package to compare against, every answer that says something else than the kept one is a
 * `conflict` for the coordinator to decide, and answers the kept one lacks are `new`.
 */
export const planAssessmentMerge = (kept: Assessment, incoming: Assessment): ReturnedAnswer[] =>
  classifyReturn({}, kept.answers, incoming.answers)

/** `kept` with the accepted answers of `incoming` (ids of `entries`), as imported. */
export const applyAssessmentMerge = (
  kept: Assessment,
  entries: readonly ReturnedAnswer[],
  accepted: ReadonlySet<string>,
  mergedAt: string,
): Assessment => {
  const answers: Record<string, Answer> = {}
  for (const [id, answer] of Object.entries(kept.answers)) answers[id] = answer
  for (const entry of entries)
    if (accepted.has(entry.indicatorId) && entry.kind !== 'same')
      answers[entry.indicatorId] = entry.returned
  return { ...kept, answers, updatedAt: mergedAt }
}
