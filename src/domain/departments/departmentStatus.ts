/**
 * The status board: for each department, what it answers, what was sent to it, whether it came
 * back, how much of it is answered, and whether it is overdue. Pure.
 */
import type { Assessment } from '../assessment/assessment'
import type { IndicatorSet } from '../indicators/schema'
import { indicatorOutcome } from '../scoring/outcome'
import { assignedTo } from './assignments'
import type { Department, IssuedPackage, Respondent } from './departmentSchema'
import { latestPackages } from './planReturn'

export type DepartmentStatus = {
  department: Department
  /** Indicators assigned to it (those its city level is asked). */
  assigned: number
  /** The newest package sent to it, and how many older ones it supersedes; null: none sent. */
  latest: (IssuedPackage & { superseded: number }) | null
  /** The last return of the newest package merged; null: none yet. */
  returned: { returnedAt: string; mergedAt: string; respondent: Respondent } | null
  /** Of its assigned indicators: answered (a valid value), marked N/A, and neither. */
  answered: number
  notApplicable: number
  open: number
  /** The newest package's due date (a calendar date) is before `today` and nothing came back. */
  overdue: boolean
}

/**
 * One row per department, in the assessment's order. Counts follow the questionnaire's progress:
 * an indicator is answered when its outcome is `scored`, N/A when `na`; an unanswered one or one
 * whose stored value no longer fits its definition (`invalid`) is open. The newest package is the
 * latest `createdAt` (`latestPackages`); "returned" looks only at it, so a re-export starts the
 * department over. `today` is a calendar date (`YYYY-MM-DD`), compared as text with the due date:
 * due on `today` is not yet overdue.
 */
export const departmentStatus = (
  assessment: Assessment,
  set: IndicatorSet,
  today: string,
): DepartmentStatus[] => {
  const packages = assessment.packages ?? []
  const latest = latestPackages(packages)
  return (assessment.departments ?? []).map((department) => {
    const indicators = assignedTo(assessment, set, department.id)
    let answered = 0
    let notApplicable = 0
    for (const indicator of indicators) {
      const state = indicatorOutcome(
        indicator,
        assessment.answers[indicator.id],
        assessment.cityLevel,
      ).state
      if (state === 'scored') answered += 1
      else if (state === 'na') notApplicable += 1
    }
    const newest = latest.get(department.id)
    const lastReturn = newest?.returns?.at(-1)
    return {
      department,
      assigned: indicators.length,
      latest:
        newest === undefined
          ? null
          : {
              ...newest,
              superseded: packages.filter(
                (p) => p.departmentId === department.id && p.packageId !== newest.packageId,
              ).length,
            },
      returned: lastReturn ?? null,
      answered,
      notApplicable,
      open: indicators.length - answered - notApplicable,
      overdue: newest?.dueDate !== undefined && newest.dueDate < today && lastReturn === undefined,
    }
  })
}
