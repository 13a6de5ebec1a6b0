import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import type { Assessment } from '../../domain/assessment/assessment'
import { planMove, type MovePlan } from '../../domain/assessment/moveToVersion'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { routes } from '../../routes/routes'
import type { MoveOutcome, UndoOutcome } from '../../store/moveVersion'
import { AnswerChanges } from './AnswerChanges'
import { ScoreChanges } from './ScoreChanges'
import { SetChanges } from './SetChanges'

/** The writes the screen asks for: the move, and putting the record from before it back. */
export type MoveActions = {
  move: () => Promise<MoveOutcome>
  undo: (previous: Assessment) => Promise<UndoOutcome>
}

type Props = {
  /** The assessment as it is now (it changes when the move or the undo is written). */
  assessment: Assessment
  /** The version the assessment recorded when the screen opened, and the one it may move to. */
  from: IndicatorSet
  to: IndicatorSet
  /** Another tab edits the assessment: this one may not move it. */
  readOnly: boolean
  actions: MoveActions
}

type Stage =
  { kind: 'offer' } | { kind: 'moved'; previous: Assessment; plan: MovePlan } | { kind: 'undone' }

type Refusal = Exclude<MoveOutcome | UndoOutcome, { ok: true }>

const records = (assessment: Assessment, set: IndicatorSet) =>
  assessment.indicatorSet.setId === set.meta.setId &&
  assessment.indicatorSet.version === set.meta.version

/**
 * What moving the assessment from one version of its indicator set to a newer one changes (scores,
 * indicators, definitions, each answer), with "Move" and "Cancel"; after the move, a confirmation
 * with "Undo", which puts the record from before the move back (same answers, same version).
 * Nothing is written until the user chooses.
 */
export const MoveScreen = ({ assessment, from, to, readOnly, actions }: Props) => {
  const { t } = useTranslation()
  const [stage, setStage] = useState<Stage>({ kind: 'offer' })
  const [refusal, setRefusal] = useState<string | null>(null)
  // A second click while a write runs is ignored (disabling the button would drop focus).
  const busy = useRef(false)
  const message = useRef<HTMLParagraphElement>(null)
  // Counts finished writes: after each, the message (confirmation or refusal) takes the focus,
  // once drawn, as the button that had it may be gone.
  const [written, setWritten] = useState(0)
  useEffect(() => {
    if (written > 0) message.current?.focus()
  }, [written])
  const onFrom = records(assessment, from)
  const plan = useMemo(
    () => (onFrom ? planMove(assessment, from, to) : null),
    [onFrom, assessment, from, to],
  )
  const versions = { from: from.meta.version, to: to.meta.version }

  const explain = (outcome: Refusal): string => {
    switch (outcome.reason) {
      case 'open-elsewhere':
      case 'outdated':
      case 'changed':
      case 'not-found':
      case 'unsaved-changes':
        return t(`move.outcome.${outcome.reason}`)
      default:
        return t('move.outcome.failed', {
          detail: 'detail' in outcome ? outcome.detail : outcome.reason,
        })
    }
  }

  /** Runs one write and shows what it did. */
  const run = async <T extends { ok: boolean }>(
    write: () => Promise<T>,
    done: (outcome: Extract<T, { ok: true }>) => void,
  ) => {
    if (busy.current) return
    busy.current = true
    const outcome = await write()
    busy.current = false
    if (outcome.ok) {
      setRefusal(null)
      done(outcome as Extract<T, { ok: true }>)
    } else setRefusal(t('move.refused', { reason: explain(outcome as unknown as Refusal) }))
    setWritten((n) => n + 1)
  }

  const move = () =>
    run(actions.move, (o) => setStage({ kind: 'moved', previous: o.previous, plan: o.plan }))
  const undo = (previous: Assessment) =>
    run(
      () => actions.undo(previous),
      () => setStage({ kind: 'undone' }),
    )

  const status =
    refusal ??
    (stage.kind === 'moved'
      ? t('move.done.moved', versions)
      : stage.kind === 'undone'
        ? t('move.done.undone', versions)
        : null)

  return (
    <div className="move">
      <h1>
        {t('move.titleFor', {
          city: assessment.city,
          year: assessment.year,
          version: to.meta.version,
        })}
      </h1>
      <div role="status">
        {status !== null && (
          <p
            ref={message}
            tabIndex={-1}
            className={`banner ${refusal === null ? 'info' : 'error'} move-message`}
          >
            {status}
          </p>
        )}
      </div>
      {stage.kind === 'moved' ? (
        <div className="move-actions">
          <button type="button" className="button" onClick={() => void undo(stage.previous)}>
            {t('move.done.undo')}
          </button>
          <Link href={routes.results.href(assessment.id)} className="button secondary">
            {t('move.done.results')}
          </Link>
          {stage.plan.counts.review > 0 && (
            <Link href={routes.questionnaire.href(assessment.id)} className="button secondary">
              {t('move.done.questionnaire')}
            </Link>
          )}
        </div>
      ) : plan === null ? (
        <p>
          {t('move.elsewhere', { version: assessment.indicatorSet.version })}{' '}
          <Link href={routes.results.href(assessment.id)}>{t('move.backToResults')}</Link>
        </p>
      ) : (
        <>
          <p>{t('move.intro', versions)}</p>
          {readOnly && <p className="banner warning">{t('move.readOnly')}</p>}
          <section aria-labelledby="move-scores">
            <h2 id="move-scores">{t('move.scores.title')}</h2>
            <ScoreChanges plan={plan} to={to} />
          </section>
          <section aria-labelledby="move-indicators">
            <h2 id="move-indicators">{t('move.indicators.title')}</h2>
            <SetChanges diff={plan.diff} from={from} to={to} />
          </section>
          <section aria-labelledby="move-answers">
            <h2 id="move-answers">{t('move.answers.title')}</h2>
            <AnswerChanges plan={plan} from={from} to={to} />
          </section>
          <div className="move-actions">
            <button
              type="button"
              className="button"
              onClick={() => void move()}
              disabled={readOnly}
            >
              {t('move.action.move', { version: to.meta.version })}
            </button>
            <Link href={routes.results.href(assessment.id)} className="button secondary">
              {t('move.action.cancel')}
            </Link>
          </div>
        </>
      )}
    </div>
  )
}
