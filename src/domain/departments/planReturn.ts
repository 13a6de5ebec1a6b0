/**
 * Matching a department's return to the assessment it answers, and planning its merge. Pure: it
 * plans, the store writes (`applyMerge.ts`).
 *
 * A return is refused when it is not for this assessment (another city, year or indicator set
 * version; another assessment altogether), or answers a package this assessment never sent. A
 * return to a package that a newer one to the same department has superseded is planned all the
 * same, marked `superseded`, so the interface can say so and let the coordinator merge anyway.
 * Answers to indicators the package did not assign are left out and listed; so are answers that
 * do not fit their indicator (the import's rules, `importAnswers.ts`).
 */
import type { Answer } from '../assessment/answer'
import type { Assessment } from '../assessment/assessment'
import { cityKey } from '../assessment/assessment'
import { excerpt } from '../excerpt'
import { answerIssues, type AnswerIssue, type FindIndicatorSet } from '../exchange/importAnswers'
import type { IssuedPackage } from './departmentSchema'
import { classifyReturn, type ReturnedAnswer } from './mergeReturn'
import type { ReturnFile } from './returnFile'

export type ReturnMismatch =
  | { kind: 'other-city'; city: string; year: number }
  | { kind: 'other-year'; year: number }
  | { kind: 'other-version'; setId: string; version: string }
  | { kind: 'other-assessment' }
  | { kind: 'unknown-package' }
  | { kind: 'answers'; issues: AnswerIssue[]; count: number }

/** One answer the plan takes from the return, with when the department gave it. */
export type PlannedAnswer = ReturnedAnswer & { answeredAt: string }

export type ReturnPlan = {
  packageId: string
  issued: IssuedPackage
  /** A newer package to the same department exists (the return may still be merged). */
  superseded: boolean
  entries: PlannedAnswer[]
  /** Returned answers to indicators the package did not assign: ignored. */
  unassigned: string[]
}

/** The newest package sent to each department (later `createdAt`; on a tie, the later in the list). */
export const latestPackages = (packages: readonly IssuedPackage[]): Map<string, IssuedPackage> => {
  const latest = new Map<string, IssuedPackage>()
  for (const p of packages) {
    const known = latest.get(p.departmentId)
    if (known === undefined || known.createdAt <= p.createdAt) latest.set(p.departmentId, p)
  }
  return latest
}

/** Whether a newer package to the same department supersedes `issued`. */
export const isSuperseded = (issued: IssuedPackage, packages: readonly IssuedPackage[]): boolean =>
  latestPackages(packages).get(issued.departmentId)?.packageId !== issued.packageId

/**
 * The plan of merging `file` into `assessment`, or why it cannot be merged. Checks, in order: the
 * assessment's city and year, its indicator set and version, its id, the package; then every
 * returned answer against its indicator. `current` answers are the assessment's now, `base`
 * those the package carried out (see `classifyReturn`).
 */
export const planReturn = (
  assessment: Assessment,
  file: ReturnFile,
  findSet: FindIndicatorSet,
): { ok: true; plan: ReturnPlan } | { ok: false; problem: ReturnMismatch } => {
  const named = file.assessment
  if (cityKey(named.city) !== cityKey(assessment.city))
    return {
      ok: false,
      problem: { kind: 'other-city', city: excerpt(named.city), year: named.year },
    }
  if (named.year !== assessment.year)
    return { ok: false, problem: { kind: 'other-year', year: named.year } }
  const set = named.indicatorSet
  if (
    set.setId !== assessment.indicatorSet.setId ||
    set.version !== assessment.indicatorSet.version
  )
    return {
      ok: false,
      problem: { kind: 'other-version', setId: excerpt(set.setId), version: excerpt(set.version) },
    }
  if (named.id !== assessment.id) return { ok: false, problem: { kind: 'other-assessment' } }
  const packages = assessment.packages ?? []
  const issued = packages.find((p) => p.packageId === file.packageId)
  if (issued === undefined || issued.departmentId !== file.department.id)
    return { ok: false, problem: { kind: 'unknown-package' } }
  const assigned = new Set(issued.indicatorIds)
  const taken: Record<string, Answer> = {}
  const unassigned: string[] = []
  for (const [id, entry] of Object.entries(file.answers)) {
    if (entry === undefined) continue
    if (assigned.has(id)) taken[id] = entry.answer
    else unassigned.push(id)
  }
  const { issues, count } = answerIssues(
    [{ indicatorSet: assessment.indicatorSet, cityLevel: assessment.cityLevel, answers: taken }],
    () => [],
    findSet,
  )
  if (count > 0) return { ok: false, problem: { kind: 'answers', issues, count } }
  const entries = classifyReturn(issued.base, assessment.answers, taken).map((entry) => ({
    ...entry,
    answeredAt: file.answers[entry.indicatorId]?.answeredAt ?? file.returnedAt,
  }))
  return {
    ok: true,
    plan: {
      packageId: issued.packageId,
      issued,
      superseded: isSuperseded(issued, packages),
      entries,
      unassigned: unassigned.sort(),
    },
  }
}
