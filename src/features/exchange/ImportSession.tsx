/**
 * The import once a file is chosen: reading, strict parsing, planning, the collision dialog and the
 * summary. Fetched with `import()` by `ImportFlow` when a file is chosen, so none of this (nor the
 * parser and its messages) is part of the first screen's JavaScript.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { builtInSetIds, findIndicatorSet, loadAllSets } from '../../content/defaultIndicatorSet'
import { describeSetProblem } from '../../i18n/describeSetProblem'
import { currentLanguage } from '../../i18n/i18n'
import { addMergeText } from '../../i18n/mergeText'
import { addSetsText } from '../../i18n/setsText'
import type { Assessment } from '../../domain/assessment/assessment'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { excerpt } from '../../domain/excerpt'
import { parseImportBytes, type ImportProblem } from '../../domain/exchange/importFile'
import { importLimits } from '../../domain/exchange/importLimits'
import type { ImportChoice, ImportSummary, PlanEntry } from '../../domain/exchange/planImport'
import { routes } from '../../routes/routes'
import { assessmentActions } from '../../store/appStore'
import { offerMerge } from '../../store/pendingMerge'
import type { ImportOutcome } from '../../store/exchangeActions'
import { CollisionDialog } from './CollisionDialog'
import { ImportSummaryText } from './ImportSummaryText'
import { useImportMessages } from './useImportMessages'

// Refusals of a carried indicator set and the offer to store one are worded in the sets' text;
// the offer to merge answer by answer in the merge screen's.
addSetsText()
addMergeText()

type NotWritten = Exclude<ImportOutcome, { ok: true }>

/** Where an import stands after the file was read (and, without collisions, written). */
export type ImportStart =
  | { step: 'refused'; problem: ImportProblem }
  | { step: 'not-written'; outcome: NotWritten }
  | {
      step: 'choose'
      incoming: Assessment[]
      collisions: PlanEntry[]
      newCount: number
      /** Indicator sets the file brings that this browser lacks: stored with the assessments. */
      sets: IndicatorSet[]
    }
  | { step: 'done'; summary: ImportSummary; backedUp: number }

/**
 * Size-checks the file before reading it (ASVS 5.2.1), decodes and parses it strictly (invalid
 * UTF-8 is refused, not replaced), checks every answer against the indicator set its assessment
 * records, and plans it; when nothing collides and it brings no indicator set this browser lacks,
 * imports it at once (else the user is asked first). Call it once per chosen file
 * (from the change handler, never from an effect), because it may write. Never rejects: every
 * failure is a step to show.
 *
 * `stale` says whether the user has chosen another file since. A stale file is neither planned
 * nor written: the result is then null. (A write already begun completes: it is one storage
 * transaction. The caller shows no result once the file is stale.)
 */
export const startImport = async (
  file: File,
  stale: () => boolean,
): Promise<ImportStart | null> => {
  if (file.size > importLimits.maxBytes)
    return {
      step: 'refused',
      problem: { kind: 'too-large', bytes: file.size, maxBytes: importLimits.maxBytes },
    }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { step: 'refused', problem: { kind: 'not-json', line: null, column: null } }
  }
  // A file may hold assessments of any built-in set version: all are checked against their own.
  try {
    await loadAllSets(currentLanguage())
  } catch (error) {
    return {
      step: 'not-written',
      outcome: { ok: false, reason: 'code-unavailable', detail: String(error) },
    }
  }
  if (stale()) return null
  const parsed = parseImportBytes(bytes, { findSet: findIndicatorSet, builtInSetIds })
  if (!parsed.ok) return { step: 'refused', problem: parsed.problem }
  let plan: PlanEntry[]
  try {
    plan = await assessmentActions.planImport(parsed.assessments)
  } catch (error) {
    // Only fetching the planning code can fail here; this module already holds it, so hardly ever.
    return {
      step: 'not-written',
      outcome: { ok: false, reason: 'code-unavailable', detail: String(error) },
    }
  }
  if (stale()) return null
  const collisions = plan.filter((e) => e.collision.kind !== 'new')
  if (collisions.length > 0 || parsed.sets.length > 0)
    return {
      step: 'choose',
      incoming: parsed.assessments,
      collisions,
      newCount: plan.length - collisions.length,
      sets: parsed.sets,
    }
  const outcome = await assessmentActions.importAssessments(parsed.assessments, new Map())
  return outcome.ok
    ? { step: 'done', summary: outcome.summary, backedUp: outcome.backedUp }
    : { step: 'not-written', outcome }
}

type View =
  | Exclude<ImportStart, { step: 'choose' }>
  | (Extract<ImportStart, { step: 'choose' }> & {
      choices: ReadonlyMap<string, ImportChoice>
      /** The incoming assessment to merge answer by answer (not imported; opened after). */
      merging: string | null
      busy: boolean
      error: NotWritten | null
    })

/** Nothing is overwritten by default: every collision starts as "skip". */
const initialChoices = (collisions: readonly PlanEntry[]) =>
  new Map<string, ImportChoice>(collisions.map((e) => [e.incoming.id, 'skip']))

const initialView = (start: ImportStart): View =>
  start.step === 'choose'
    ? {
        ...start,
        choices: initialChoices(start.collisions),
        merging: null,
        busy: false,
        error: null,
      }
    : start

export type ImportSessionProps = { fileName: string; start: ImportStart; onCancel: () => void }

/**
 * Shows where the import of one file stands: the refusal (naming the reason and where in the file
 * it is; nothing was written), the collision dialog, or the summary.
 */
export const ImportSession = ({ fileName, start, onCancel }: ImportSessionProps) => {
  const { t } = useTranslation()
  const { problemText, issueText, outcomeText } = useImportMessages()
  const [view, setView] = useState<View>(() => initialView(start))
  const [, navigate] = useLocation()

  const confirm = async () => {
    if (view.step !== 'choose') return
    setView({ ...view, busy: true, error: null })
    // The one to merge is skipped by the import: the merge screen takes its answers one by one.
    const merge = view.collisions.find((e) => e.incoming.id === view.merging)
    const choices = new Map(view.choices)
    if (merge !== undefined) choices.set(merge.incoming.id, 'skip')
    const outcome = await assessmentActions.importAssessments(
      view.incoming,
      choices,
      'pre-import',
      view.sets,
    )
    if (outcome.ok && merge !== undefined && merge.collision.kind !== 'new') {
      offerMerge(merge.collision.existing.id, merge.incoming)
      navigate(routes.merge.href(merge.collision.existing.id))
      return
    }
    setView(
      outcome.ok
        ? { step: 'done', summary: outcome.summary, backedUp: outcome.backedUp }
        : { ...view, busy: false, error: outcome },
    )
  }

  switch (view.step) {
    case 'refused':
    case 'not-written':
      return (
        <div role="alert" className="banner error">
          <p>
            {t('exchange.import.failed', {
              file: excerpt(fileName),
              reason:
                view.step === 'refused' ? problemText(view.problem) : outcomeText(view.outcome),
            })}
          </p>
          {view.step === 'refused' && view.problem.kind === 'answers' && (
            <ul>
              {view.problem.issues.map((issue, index) => (
                // A fixed list, shown once: its order is its identity.
                <li key={index}>{issueText(issue)}</li>
              ))}
              {view.problem.count > view.problem.issues.length && (
                <li>
                  {t('importCheck.issue.more', {
                    count: view.problem.count - view.problem.issues.length,
                  })}
                </li>
              )}
            </ul>
          )}
          {view.step === 'refused' && view.problem.kind === 'bad-set' && (
            <ul>
              {view.problem.problems.map((problem, index) => (
                <li key={index}>{describeSetProblem(problem, t)}</li>
              ))}
              {view.problem.count > view.problem.problems.length && (
                <li>
                  {t('importCheck.issue.more', {
                    count: view.problem.count - view.problem.problems.length,
                  })}
                </li>
              )}
            </ul>
          )}
          <p>{t('exchange.import.unchanged')}</p>
        </div>
      )
    case 'choose':
      return (
        <CollisionDialog
          collisions={view.collisions}
          newCount={view.newCount}
          sets={view.sets}
          choices={view.choices}
          busy={view.busy}
          error={view.error === null ? null : outcomeText(view.error)}
          merging={view.merging}
          onChoose={(id, choice) =>
            setView((v) =>
              v.step === 'choose'
                ? {
                    ...v,
                    choices: new Map(v.choices).set(id, choice),
                    merging: v.merging === id ? null : v.merging,
                  }
                : v,
            )
          }
          onMerge={(id) => setView((v) => (v.step === 'choose' ? { ...v, merging: id } : v))}
          onConfirm={() => void confirm()}
          onCancel={onCancel}
        />
      )
    case 'done':
      return <ImportSummaryText summary={view.summary} backedUp={view.backedUp} />
  }
}
