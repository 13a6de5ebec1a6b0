/**
 * The import once a file is chosen: the refusal, the collision dialog or the summary (reading,
 * parsing and planning are in `startImport`). Fetched with `import()` by `ImportFlow` when a file is chosen, so none of this (nor the
 * parser and its messages) is part of the first screen's JavaScript.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'wouter'
import { describeSetProblem } from '../../i18n/describeSetProblem'
import { addMergeText } from '../../i18n/mergeText'
import { addSetsText } from '../../i18n/setsText'
import { excerpt } from '../../domain/excerpt'
import type { ImportChoice, PlanEntry } from '../../domain/exchange/planImport'
import { routes } from '../../routes/routes'
import { assessmentActions } from '../../store/appStore'
import { offerMerge } from '../../store/pendingMerge'
import type { ImportOutcome } from '../../store/exchangeActions'
import { CollisionDialog } from './CollisionDialog'
import { ImportSummaryText } from './ImportSummaryText'
import { missingFilesNote } from './missingFilesNote'
import type { ImportStart } from './startImport'
// The flow fetches this one chunk for a chosen file: the session and the code that starts it.
export { startImport } from './startImport'
import { useImportMessages } from './useImportMessages'

// Refusals of a carried indicator set and the offer to store one are worded in the sets' text;
// the offer to merge answer by answer in the merge screen's.
addSetsText()
addMergeText()

type NotWritten = Exclude<ImportOutcome, { ok: true }>

type View =
  | Exclude<ImportStart, { step: 'choose' }>
  | (Extract<ImportStart, { step: 'choose' }> & {
      choices: ReadonlyMap<string, ImportChoice>
      /** The incoming assessment to merge answer by answer (not imported; opened after). */
      merging: string | null
      busy: boolean
      error: NotWritten | null
      /** Why a backup's files could not be stored (nothing was imported). */
      filesError: string | null
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
        filesError: null,
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
    setView({ ...view, busy: true, error: null, filesError: null })
    // A backup's files first: when one cannot be stored, no assessment is written.
    if (view.archive !== null) {
      const written = await view.archive.write()
      if (!written.ok) {
        setView({ ...view, busy: false, error: null, filesError: written.message })
        return
      }
    }
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
    const imported = view.incoming.filter((a) => choices.get(a.id) !== 'skip')
    if (outcome.ok && merge !== undefined && merge.collision.kind !== 'new') {
      offerMerge(merge.collision.existing.id, merge.incoming)
      navigate(routes.merge.href(merge.collision.existing.id))
      return
    }
    if (!outcome.ok) {
      setView({ ...view, busy: false, error: outcome, filesError: null })
      return
    }
    // A backup says what it restored; a JSON file, which files it could not bring.
    const note = view.archive?.restored() ?? (await missingFilesNote(imported))
    setView({ step: 'done', summary: outcome.summary, backedUp: outcome.backedUp, note })
  }

  switch (view.step) {
    case 'refused-archive':
    case 'files-failed':
      return (
        <div role="alert" className="banner error">
          <p>
            {view.step === 'files-failed'
              ? view.message
              : t('exchange.import.failed', {
                  file: excerpt(fileName),
                  reason: view.text(problemText),
                })}
          </p>
          <p>{t('exchange.import.unchanged')}</p>
        </div>
      )
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
          error={view.filesError ?? (view.error === null ? null : outcomeText(view.error))}
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
      return (
        <>
          <ImportSummaryText summary={view.summary} backedUp={view.backedUp} />
          {view.note !== null && <p role="status">{view.note}</p>}
        </>
      )
  }
}
