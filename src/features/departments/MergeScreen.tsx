import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { useProblemText } from '../../components/ui/useProblemText'
import type { Assessment } from '../../domain/assessment/assessment'
import { planAssessmentMerge } from '../../domain/departments/applyMerge'
import type { ReturnedAnswer } from '../../domain/departments/mergeReturn'
import { planReturn, type ReturnPlan } from '../../domain/departments/planReturn'
import { readReturnBytes } from '../../domain/departments/readDepartmentFile'
import type { ReturnFile } from '../../domain/departments/returnFile'
import type { ReturnedFileBytes } from '../../domain/departments/returnZip'
import type { FindIndicatorSet } from '../../domain/exchange/importAnswers'
import { importLimits } from '../../domain/exchange/importLimits'
import { routes } from '../../routes/routes'
import type { MergeOutcome, UndoMergeOutcome } from '../../store/mergeReturn'
import { acceptedByDefault, MergePlan } from './MergePlan'
import { MergeSource } from './MergeSource'
import { ReturnPicker } from './ReturnPicker'
import { useMergeOutcomeText } from './useMergeOutcomeText'
import { useReturnProblemText } from './useReturnProblemText'
import { looksLikeZip, readZipReturn, zipReturnProblemText } from './zipReturnFiles'

/** The writes the screen asks for: a merge of either kind, and putting the record from before back. */
export type MergeActions = {
  mergeReturn: (
    file: ReturnFile,
    plan: ReturnPlan,
    accepted: ReadonlySet<string>,
  ) => Promise<MergeOutcome<ReturnPlan>>
  mergeAssessment: (
    incoming: Assessment,
    entries: readonly ReturnedAnswer[],
    accepted: ReadonlySet<string>,
  ) => Promise<MergeOutcome<ReturnedAnswer[]>>
  /**
   * Stores the files a ZIP return carries that the `accepted` answers attach, before the merge is
   * written; the message says why one could not be.
   */
  storeFiles: (
    file: ReturnFile,
    files: readonly ReturnedFileBytes[],
    accepted: ReadonlySet<string>,
  ) => Promise<{ ok: true } | { ok: false; message: string }>
  undo: (previous: Assessment) => Promise<UndoMergeOutcome>
  /** The imported assessment is merged or set aside: it no longer waits. */
  settled: () => void
}

type Props = {
  assessment: Assessment
  /** An imported assessment of the same city, year and version waiting to be merged, if any. */
  incoming: Assessment | null
  findSet: FindIndicatorSet
  actions: MergeActions
}

export type Source =
  /** `files`: the bytes a ZIP return carries (none for a JSON return). */
  | { kind: 'return'; file: ReturnFile; plan: ReturnPlan; files: ReturnedFileBytes[] }
  | { kind: 'assessment'; incoming: Assessment; entries: ReturnedAnswer[] }

type Stage =
  | { kind: 'pick' }
  | { kind: 'plan'; source: Source; accepted: Set<string>; replanned: boolean }
  | { kind: 'merged'; previous: Assessment; accepted: number; kept: number }
  | { kind: 'undone' }

const entriesOf = (source: Source) =>
  source.kind === 'return' ? source.plan.entries : source.entries

const planned = (source: Source, replanned = false): Stage => ({
  kind: 'plan',
  source,
  accepted: acceptedByDefault(entriesOf(source)),
  replanned,
})

/**
 * Merging answers into one assessment: a department's return file (picked here) or an imported
 * assessment (handed over by the import), planned answer by answer; accept or keep each, merge,
 * and undo. A refused file changes nothing and says why.
 */
export const MergeScreen = ({ assessment, incoming, findSet, actions }: Props) => {
  const { t } = useTranslation()
  const { fileProblemText, mismatchText } = useReturnProblemText()
  const { issueText } = useProblemText()
  const outcomeText = useMergeOutcomeText()
  const [stage, setStage] = useState<Stage>(() =>
    incoming === null
      ? { kind: 'pick' }
      : planned({
          kind: 'assessment',
          incoming,
          entries: planAssessmentMerge(assessment, incoming),
        }),
  )
  const [message, setMessage] = useState<{ text: string; issues: string[]; error: boolean } | null>(
    null,
  )
  const busy = useRef(false)
  const messageRef = useRef<HTMLDivElement>(null)
  const [shown, setShown] = useState(0)
  useEffect(() => {
    if (shown > 0) messageRef.current?.focus()
  }, [shown])
  const say = (text: string, error: boolean, issues: string[] = []) => {
    setMessage({ text, issues, error })
    setShown((n) => n + 1)
  }

  const onFile = async (name: string, file: File) => {
    const refuse = (reason: string, issues: string[] = []) =>
      say(t('merge.pick.refused', { file: name, reason }), true, issues)
    let returned: ReturnFile
    let files: ReturnedFileBytes[] = []
    if (looksLikeZip(file.name, new Uint8Array(await file.slice(0, 4).arrayBuffer()))) {
      const zip = await readZipReturn(new Uint8Array(await file.arrayBuffer()))
      if (!zip.ok) return refuse(zipReturnProblemText(zip.problem, fileProblemText))
      returned = zip.file
      files = zip.files
    } else {
      if (file.size > importLimits.maxBytes)
        return refuse(
          fileProblemText({ kind: 'too-large', bytes: file.size, maxBytes: importLimits.maxBytes }),
        )
      const read = readReturnBytes(new Uint8Array(await file.arrayBuffer()))
      if (!read.ok) return refuse(fileProblemText(read.problem))
      returned = read.file
    }
    const plan = planReturn(assessment, returned, findSet)
    if (!plan.ok)
      return refuse(
        mismatchText(plan.problem),
        plan.problem.kind === 'answers' ? plan.problem.issues.map(issueText) : [],
      )
    actions.settled()
    setMessage(null)
    setStage(planned({ kind: 'return', file: returned, plan: plan.plan, files }))
  }

  const run = async <T extends { ok: boolean }>(
    write: () => Promise<T>,
    done: (outcome: Extract<T, { ok: true }>) => void,
    refused: (outcome: Extract<T, { ok: false }>) => void,
  ) => {
    if (busy.current) return
    busy.current = true
    const outcome = await write()
    busy.current = false
    if (outcome.ok) done(outcome as Extract<T, { ok: true }>)
    else refused(outcome as Extract<T, { ok: false }>)
  }

  const merge = (source: Source, accepted: Set<string>) => {
    const entries = entriesOf(source)
    const changing = entries.filter((e) => e.kind !== 'same')
    const taken = changing.filter((e) => accepted.has(e.indicatorId)).length
    const merged = (previous: Assessment) => {
      if (source.kind === 'assessment') actions.settled()
      setStage({ kind: 'merged', previous, accepted: taken, kept: changing.length - taken })
      say(t('merge.summary', { accepted: taken, kept: changing.length - taken }), false)
    }
    if (source.kind === 'return')
      void run(
        // The accepted answers' files are stored first: a merge never names bytes not kept here.
        async () => {
          const stored = await actions.storeFiles(source.file, source.files, accepted)
          return stored.ok
            ? actions.mergeReturn(source.file, source.plan, accepted)
            : { ok: false as const, reason: 'files' as const, message: stored.message }
        },
        (o) => merged(o.previous),
        (o) => {
          if (o.reason === 'replanned') {
            setStage(planned({ ...source, plan: o.plan }, true))
            say(t('merge.replanned'), true)
          } else if (o.reason === 'files') say(t('merge.refused', { reason: o.message }), true)
          else say(t('merge.refused', { reason: outcomeText(o) }), true)
        },
      )
    else
      void run(
        () => actions.mergeAssessment(source.incoming, source.entries, accepted),
        (o) => merged(o.previous),
        (o) => {
          if (o.reason === 'replanned') {
            setStage(planned({ ...source, entries: o.plan }, true))
            say(t('merge.replanned'), true)
          } else say(t('merge.refused', { reason: outcomeText(o) }), true)
        },
      )
  }

  const undo = (previous: Assessment) =>
    void run(
      () => actions.undo(previous),
      () => {
        setStage({ kind: 'undone' })
        say(t('merge.undone'), false)
      },
      (o) => say(t('merge.refused', { reason: outcomeText(o) }), true),
    )

  const decide = (id: string, accept: boolean) =>
    setStage((s) => {
      if (s.kind !== 'plan') return s
      const accepted = new Set(s.accepted)
      if (accept) accepted.add(id)
      else accepted.delete(id)
      return { ...s, accepted }
    })

  const acceptAll = () =>
    setStage((s) => {
      if (s.kind !== 'plan') return s
      const accepted = new Set(s.accepted)
      for (const id of acceptedByDefault(entriesOf(s.source))) accepted.add(id)
      return { ...s, accepted }
    })

  const cancel = () => {
    actions.settled()
    setMessage(null)
    setStage({ kind: 'pick' })
  }

  return (
    <div className="merge">
      <h1>{t('merge.titleFor', { city: assessment.city, year: assessment.year })}</h1>
      <p>{t('merge.intro')}</p>
      <div role="status">
        {message !== null && (
          <div
            ref={messageRef}
            tabIndex={-1}
            className={`banner ${message.error ? 'error' : 'info'} merge-message`}
          >
            <p>{message.text}</p>
            {message.issues.length > 0 && (
              <ul>
                {message.issues.map((issue) => (
                  <li key={issue}>{issue}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      {stage.kind === 'plan' ? (
        <MergePlan
          about={<MergeSource assessment={assessment} source={stage.source} />}
          entries={entriesOf(stage.source)}
          accepted={stage.accepted}
          onDecide={decide}
          onAcceptAll={acceptAll}
          onMerge={() => merge(stage.source, stage.accepted)}
          onCancel={cancel}
          whole={stage.source.kind === 'assessment'}
        />
      ) : (
        <>
          {stage.kind === 'merged' && (
            <div className="merge-actions">
              <button type="button" className="button" onClick={() => undo(stage.previous)}>
                {t('merge.undo')}
              </button>
              <Link href={routes.questionnaire.href(assessment.id)} className="button secondary">
                {t('merge.questionnaire')}
              </Link>
              <Link href={routes.results.href(assessment.id)} className="button secondary">
                {t('merge.results')}
              </Link>
            </div>
          )}
          <ReturnPicker
            onFile={onFile}
            label={stage.kind === 'pick' ? t('merge.pick.button') : t('merge.pick.another')}
          />
        </>
      )}
    </div>
  )
}
