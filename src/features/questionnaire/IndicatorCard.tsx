import { zodResolver } from '@hookform/resolvers/zod'
import { memo, useEffect, useMemo, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/ui/FieldError'
import type { Answer } from '../../domain/assessment/answer'
import { dataQualityCodes } from '../../domain/assessment/answer'
import {
  answerFormFields,
  answerToFormValues,
  buildAnswerFormSchema,
  emptyFormValues,
  type AnswerFormField,
  type AnswerFormValues,
} from '../../domain/assessment/answerForm'
import type { CityLevel, Indicator } from '../../domain/indicators/schema'
import { assessmentActions, assessments, useAssessments } from '../../store/appStore'
import { AnswerInput } from './AnswerInput'
import { AnswerSourceNotes, hasAnswerSource } from './AnswerSourceNotes'
import { EvidencePreview } from './EvidencePreview'
import { IndicatorText } from './IndicatorText'
import { cardElementId } from '../../components/ui/questionnaireAnchors'

type Props = {
  assessmentId: string
  indicator: Indicator
  /** The assessment's city level: which KPI targets the card shows. */
  cityLevel: CityLevel
  readOnly: boolean
}

/** The answer as stored now, read when needed rather than subscribed to. */
const storedAnswer = (assessmentId: string, indicatorId: string): Answer | undefined =>
  assessments.store.getState().byId[assessmentId]?.answers[indicatorId]

type NoticeProps = { assessmentId: string; indicatorId: string; readOnly: boolean }

/**
 * "Carried over from last year — confirm", or "its definition changed in the move from version X —
 * check and confirm", while the stored answer is marked so. It subscribes to the store on its own,
 * and is mounted only where a mark can be shown (see the card), because the store calls every
 * subscriber's selector on each keystroke. Confirming clears both marks.
 */
const CarriedOverNotice = ({ assessmentId, indicatorId, readOnly }: NoticeProps) => {
  const { t } = useTranslation()
  const carriedOver = useAssessments(
    (s) => s.byId[assessmentId]?.answers[indicatorId]?.carriedOver === true,
  )
  const moved = useAssessments((s) => s.byId[assessmentId]?.answers[indicatorId]?.reviewAfterMove)
  if (!carriedOver && moved === undefined) return null
  const confirm = () => {
    const stored = storedAnswer(assessmentId, indicatorId)
    if (stored === undefined) return
    const confirmed: Answer = { ...stored, carriedOver: false }
    delete confirmed.reviewAfterMove
    assessmentActions.setAnswer(assessmentId, indicatorId, confirmed)
  }
  const text =
    moved === undefined
      ? t('questionnaire.carriedOver')
      : t(moved.cleared ? 'questionnaire.movedCleared' : 'questionnaire.moved', {
          version: moved.fromVersion,
        })
  return (
    <p className="banner info">
      {text}{' '}
      <button type="button" className="button secondary" onClick={confirm} disabled={readOnly}>
        {t('questionnaire.confirmCarriedOver')}
      </button>
    </p>
  )
}

/**
 * One indicator: its text, sources and a small form of its own (so typing re-renders one card, not
 * the questionnaire). Every change is validated once, with the schema built from the indicator;
 * only a valid answer reaches the store, which saves it. A keystroke that leaves the form valid
 * re-renders nothing, and in the writing tab the card does not subscribe to the store at all: the
 * form holds what was typed. (150 subscribed cards cost ~1.8 ms per keystroke at 4× CPU
 * throttling: 242 ms over 132 keystrokes in a CPU profile of npm run bench:ui.) A read-only tab
 * follows the writing tab's saves.
 */
export const IndicatorCard = memo(({ assessmentId, indicator, cityLevel, readOnly }: Props) => {
  const { t } = useTranslation()
  const schema = useMemo(() => buildAnswerFormSchema(indicator), [indicator])
  const [initial] = useState(() => storedAnswer(assessmentId, indicator.id))
  const [defaultValues] = useState(() => answerToFormValues(indicator, initial))
  const [sourced] = useState(() => hasAnswerSource(assessmentId, indicator.id))
  const methods = useForm<AnswerFormValues, unknown, Answer | undefined>({
    resolver: zodResolver(schema),
    defaultValues,
    // Validation runs in the watcher below: once per change, not also in the form's own
    // onChange. The resolver runs only when a change is invalid, to show every message.
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  })
  const { register, handleSubmit, watch, formState, reset, control, getFieldState, clearErrors } =
    methods
  const na = useWatch({ control, name: 'na' })

  useEffect(() => {
    // The rule guards the React Compiler's memoisation, which this app does not use; a watch()
    // callback subscribed in an effect is the form library's documented way to react to edits.
    // eslint-disable-next-line react-hooks/incompatible-library
    const subscription = watch((values, { name }) => {
      // Only the user's edits are saved, not a reset: clearing saves on its own, and a read-only
      // tab resets to what the other tab saved.
      if (name === undefined) return
      // Parsed here, not through handleSubmit: its submit state re-rendered the card on every
      // keystroke, and it ran the schema a second time.
      const parsed = schema.safeParse(values)
      if (parsed.success) {
        if (answerFormFields.some((name) => getFieldState(name).invalid)) clearErrors()
        assessmentActions.setAnswer(assessmentId, indicator.id, parsed.data)
      } else {
        // Show every problem, not only the changed field's: e.g. the missing N/A reason as soon
        // as N/A is ticked.
        void handleSubmit(() => undefined)()
      }
    })
    return () => subscription.unsubscribe()
  }, [watch, handleSubmit, getFieldState, clearErrors, schema, assessmentId, indicator.id])

  useEffect(() => {
    // A read-only tab follows the writing tab: show what it saved.
    if (!readOnly) return
    let shown = storedAnswer(assessmentId, indicator.id)
    reset(answerToFormValues(indicator, shown))
    return assessments.store.subscribe((s) => {
      const next = s.byId[assessmentId]?.answers[indicator.id]
      if (next === shown) return
      shown = next
      reset(answerToFormValues(indicator, next))
    })
  }, [readOnly, assessmentId, indicator, reset])

  const id = (name: string) => `${indicator.id}-${name}`
  const err = (name: AnswerFormField) => formState.errors[name]?.message
  const headingId = id('title')

  const clear = () => {
    reset(emptyFormValues(indicator))
    assessmentActions.setAnswer(assessmentId, indicator.id, undefined)
  }

  return (
    <article
      id={cardElementId(indicator.id)}
      className="indicator-card"
      aria-labelledby={headingId}
    >
      <IndicatorText indicator={indicator} headingId={headingId} />
      {/* Typing replaces a carried-over answer with one that is not, and nothing in the writing
          tab marks an answer carried over, so only cards that start marked need to follow it. */}
      {(readOnly || initial?.carriedOver === true || initial?.reviewAfterMove !== undefined) && (
        <CarriedOverNotice
          assessmentId={assessmentId}
          indicatorId={indicator.id}
          readOnly={readOnly}
        />
      )}
      {(readOnly || sourced) && (
        <AnswerSourceNotes assessmentId={assessmentId} indicatorId={indicator.id} />
      )}
      <FormProvider {...methods}>
        <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby={headingId}>
          <AnswerInput indicator={indicator} cityLevel={cityLevel} disabled={readOnly || na} />
          <div className="field">
            <label className="choice">
              <input type="checkbox" disabled={readOnly} {...register('na')} />{' '}
              {t('questionnaire.notApplicable')}
            </label>
            {na && (
              <>
                <label htmlFor={id('naReason')}>{t('questionnaire.naReason')}</label>
                <textarea
                  id={id('naReason')}
                  rows={2}
                  disabled={readOnly}
                  aria-required="true"
                  aria-invalid={err('naReason') === undefined ? undefined : true}
                  aria-describedby={
                    err('naReason') === undefined ? undefined : id('naReason-error')
                  }
                  {...register('naReason')}
                />
                <FieldError id={id('naReason-error')} message={err('naReason')} />
              </>
            )}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={id('dataQuality')}>{t('questionnaire.dataQuality')}</label>
              <select id={id('dataQuality')} disabled={readOnly} {...register('dataQuality')}>
                <option value="">{t('questionnaire.dataQualityNone')}</option>
                {dataQualityCodes.map((code) => (
                  <option key={code} value={code}>
                    {t(`dataQuality.${code}`)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="button secondary" onClick={clear} disabled={readOnly}>
              {t('questionnaire.clear')}
            </button>
          </div>
          <div className="field">
            <label htmlFor={id('note')}>{t('questionnaire.note')}</label>
            <textarea
              id={id('note')}
              rows={2}
              disabled={readOnly}
              aria-describedby={err('note') === undefined ? undefined : id('note-error')}
              {...register('note')}
            />
            <FieldError id={id('note-error')} message={err('note')} />
          </div>
          <div className="field">
            <label htmlFor={id('evidence')}>{t('questionnaire.evidence')}</label>
            <textarea
              id={id('evidence')}
              rows={2}
              disabled={readOnly}
              aria-describedby={[
                id('evidence-hint'),
                err('evidence') === undefined ? '' : id('evidence-error'),
              ]
                .join(' ')
                .trim()}
              {...register('evidence')}
            />
            <p id={id('evidence-hint')} className="hint">
              {t('questionnaire.evidenceHint')}
            </p>
            <FieldError id={id('evidence-error')} message={err('evidence')} />
            <EvidencePreview control={control} />
          </div>
        </form>
      </FormProvider>
    </article>
  )
})
IndicatorCard.displayName = 'IndicatorCard'
