/**
 * Merging answers into an assessment, once the coordinator has seen the plan and chosen what to
 * accept (the merge screen), and undoing that merge. The answers come from a department's return
 * (`mergeReturn`) or from an imported assessment of the same city and year (`mergeAssessment`).
 * Every write goes through the import's "replace" path, as a move to another set version does: the
 * assessment's writer lock, pending edits saved first, the record as it was kept as an automatic
 * backup in the same transaction (reason `before-merge`; `pre-restore` for the undo, as a restore
 * from the backups list is), the revision rises above every copy and other tabs are told.
 *
 * The plan is made again against the assessment as stored once pending edits are saved: when it
 * no longer matches the plan the coordinator saw (an answer changed meanwhile, here or in another
 * tab), nothing is written and the new plan is returned to be shown instead.
 *
 * Not the store's actions: only the merge screen needs them, so they come with its code.
 */
import type { Assessment } from '../domain/assessment/assessment'
import {
  applyAssessmentMerge,
  applyReturn,
  planAssessmentMerge,
} from '../domain/departments/applyMerge'
import type { ReturnedAnswer } from '../domain/departments/mergeReturn'
import { planReturn, type ReturnMismatch, type ReturnPlan } from '../domain/departments/planReturn'
import type { ReturnFile } from '../domain/departments/returnFile'
import type { FindIndicatorSet } from '../domain/exchange/importAnswers'
import { sameData } from '../domain/sameData'
import { asWriter, type WriterContext } from './asWriter'
import type { ImportOutcome } from './exchangeActions'
import type { RestoreContext } from './restoreBackup'

export type MergeContext = WriterContext &
  Pick<RestoreContext, 'importAssessments'> & {
    /** The moment of the merge (ISO date-time): `mergedAt` and the merged record's `updatedAt`. */
    now: () => string
    /** The indicator sets, to check returned answers against (as the import does). */
    findSet: FindIndicatorSet
  }

type Failed = Exclude<ImportOutcome, { ok: true }> | { ok: false; reason: 'not-found' }

/**
 * What a merge did (`previous`: the record as stored just before, for undo; `merged`: the record
 * now stored), or why it wrote nothing. Besides the import's and the writer guard's reasons:
 * `not-found` (no such assessment here), `replanned` (the assessment changed since the plan was
 * made: `plan`/`entries` is the plan against it now) and `mismatch` (the return no longer fits the
 * assessment at all).
 */
export type MergeOutcome<P> =
  | { ok: true; previous: Assessment; merged: Assessment }
  | Failed
  | { ok: false; reason: 'open-elsewhere' | 'outdated' }
  | { ok: false; reason: 'replanned'; plan: P }
  | { ok: false; reason: 'mismatch'; problem: ReturnMismatch }

/** What an undo did (the assessment holds `previous` again), or why it wrote nothing. */
export type UndoMergeOutcome =
  { ok: true } | Failed | { ok: false; reason: 'open-elsewhere' | 'outdated' }

/** Whether two plans list the same answers, of the same kinds, against the same current answers. */
const samePlan = (a: readonly ReturnedAnswer[], b: readonly ReturnedAnswer[]): boolean =>
  sameData(a, b)

/** Writes `merged` over the stored assessment, keeping the stored record as a backup. */
const write = async (
  context: MergeContext,
  previous: Assessment,
  merged: Assessment,
): Promise<MergeOutcome<never>> => {
  const outcome = await context.importAssessments(
    [merged],
    new Map([[previous.id, 'replace']]),
    'before-merge',
  )
  if (!outcome.ok) return outcome
  const stored = context.store.getState().byId[previous.id]
  if (stored === undefined) return { ok: false, reason: 'not-found' }
  return { ok: true, previous, merged: stored }
}

/**
 * Merges the answers of return `file` that the coordinator accepted (`accepted`: indicator ids of
 * `plan.entries`) into assessment `id`, each with where it came from (see `applyReturn`); the
 * package records the return. `plan` is the plan the coordinator saw.
 */
export const mergeReturn = (
  context: MergeContext,
  id: string,
  file: ReturnFile,
  plan: ReturnPlan,
  accepted: ReadonlySet<string>,
): Promise<MergeOutcome<ReturnPlan>> =>
  asWriter(context, id, async (): Promise<MergeOutcome<ReturnPlan>> => {
    const previous = context.store.getState().byId[id]
    if (previous === undefined) return { ok: false, reason: 'not-found' }
    const now = planReturn(previous, file, context.findSet)
    if (!now.ok) return { ok: false, reason: 'mismatch', problem: now.problem }
    if (!samePlan(now.plan.entries, plan.entries) || now.plan.superseded !== plan.superseded)
      return { ok: false, reason: 'replanned', plan: now.plan }
    const returned = {
      returnedAt: file.returnedAt,
      respondent: file.respondent,
      departmentName: file.department.name,
    }
    return write(
      context,
      previous,
      applyReturn(previous, now.plan, accepted, returned, context.now()),
    )
  })

/**
 * Merges the accepted answers of `incoming` (an imported assessment of the same city, year and
 * set version; `accepted`: indicator ids of `entries`) into assessment `id`. `entries` is the plan
 * the coordinator saw (`planAssessmentMerge`).
 */
export const mergeAssessment = (
  context: MergeContext,
  id: string,
  incoming: Assessment,
  entries: readonly ReturnedAnswer[],
  accepted: ReadonlySet<string>,
): Promise<MergeOutcome<ReturnedAnswer[]>> =>
  asWriter(context, id, async (): Promise<MergeOutcome<ReturnedAnswer[]>> => {
    const previous = context.store.getState().byId[id]
    if (previous === undefined) return { ok: false, reason: 'not-found' }
    const now = planAssessmentMerge(previous, incoming)
    if (!samePlan(now, entries)) return { ok: false, reason: 'replanned', plan: now }
    return write(context, previous, applyAssessmentMerge(previous, now, accepted, context.now()))
  })

/**
 * Undoes a merge: puts `previous` (the record a merge returned) back over the assessment, with the
 * same id, answers and dates; only the revision rises (so a copy of the merged record in another
 * tab fails to save over it). The merged record is kept as a backup.
 */
export const undoMerge = (context: MergeContext, previous: Assessment): Promise<UndoMergeOutcome> =>
  asWriter(context, previous.id, async (): Promise<UndoMergeOutcome> => {
    const outcome = await context.importAssessments(
      [previous],
      new Map([[previous.id, 'replace']]),
      'pre-restore',
    )
    return outcome.ok ? { ok: true } : outcome
  })
