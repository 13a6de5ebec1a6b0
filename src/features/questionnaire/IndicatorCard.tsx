import { zodResolver } from '@hookform/resolvers/zod'
import { memo, useEffect, useMemo, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldError } from '../../components/ui/FieldError'
import type { Answer } from '../../domain/assessment/answer'
import { dataQualityCodes } from '../../domain/assessment/answer'
import {
  answerToFormValues,
  buildAnswerFormSchema,
  emptyFormValues,
  type AnswerFormValues,
} from '../../domain/assessment/answerForm'
import type { Indicator } from '../../domain/indicators/schema'
import { assessmentActions, assessments, useAssessments } from '../../store/appStore'
import { AnswerInput } from './AnswerInput'
import { EvidencePreview } from './EvidencePreview'
import { IndicatorText } from './IndicatorText'

type Props = { assessmentId: string; indicator: Indicator; readOnly: boolean }

const fieldNames = [
  'kpiMode',
  'value',
  'numerator',
  'denominator',
  'level',
  'choice',
  'bool',
  'na',
  'naReason',
  'note',
  'evidence',
  'dataQuality',
] as const satisfies readonly (keyof AnswerFormValues)[]

/** The answer as stored now, read when needed rather than subscribed to. */
const storedAnswer = (assessmentId: string, indicatorId: string): Answer | undefined =>
  assessments.store.getState().byId[assessmentId]?.answers[indicatorId]

/**
 * One indicator: its text, sources and a small form of its own (so typing re-renders one card, not
 * the questionnaire). Every change is validated with the schema built from the indicator; only a
 * valid answer reaches the store, which saves it. A keystroke that leaves the form valid re-renders
 * nothing: the form holds what was typed, and the card does not subscribe to the stored answer,
 * which changes with every keystroke (a read-only tab does: it follows the other tab's saves).
 */
export const IndicatorCard = memo(({ assessmentId, indicator, readOnly }: Props) => {
  const { t } = useTranslation()
  // The stored answer only where the card shows it: in a read-only tab, and while it is carried
  // over (typing replaces it with one that is not). One subscription per card: the store asks
  // every card's selector on each keystroke.
  const shown = useAssessments((s) => {
    const answer = s.byId[assessmentId]?.answers[indicator.id]
    return readOnly || answer?.carriedOver === true ? answer : undefined
  })
  const carriedOver = shown?.carriedOver === true
  const schema = useMemo(() => buildAnswerFormSchema(indicator), [indicator])
  const [defaultValues] = useState(() =>
    answerToFormValues(indicator, storedAnswer(assessmentId, indicator.id)),
  )
  const methods = useForm<AnswerFormValues, unknown, Answer | undefined>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onChange',
    shouldFocusError: false,
  })
  const { register, handleSubmit, watch, formState, reset, control, getFieldState, clearErrors } =
    methods
  const na = useWatch({ control, name: 'na' })

  useEffect(() => {
    const subscription = watch((values, { name }) => {
      // Only the user's edits are saved, not a reset: clearing saves on its own, and a read-only
      // tab resets to what the other tab saved.
      if (name === undefined) return
      // Parsed here, not through handleSubmit: its submit state re-rendered the card on every
      // keystroke, and it ran the schema a second time.
      const parsed = schema.safeParse(values)
      if (parsed.success) {
        if (fieldNames.some((name) => getFieldState(name).invalid)) clearErrors()
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
    if (readOnly) reset(answerToFormValues(indicator, shown))
  }, [readOnly, shown, indicator, reset])

  const id = (name: string) => `${indicator.id}-${name}`
  const err = (name: keyof AnswerFormValues) => formState.errors[name]?.message
  const headingId = id('title')

  const clear = () => {
    reset(emptyFormValues(indicator))
    assessmentActions.setAnswer(assessmentId, indicator.id, undefined)
  }
  const confirmCarriedOver = () => {
    const stored = storedAnswer(assessmentId, indicator.id)
    if (stored !== undefined)
      assessmentActions.setAnswer(assessmentId, indicator.id, { ...stored, carriedOver: false })
  }

  return (
    <article
      id={`indicator-${indicator.id}`}
      className="indicator-card"
      aria-labelledby={headingId}
    >
      <IndicatorText indicator={indicator} headingId={headingId} />
      {carriedOver && (
        <p className="banner info">
          {t('questionnaire.carriedOver')}{' '}
          <button
            type="button"
            className="button secondary"
            onClick={confirmCarriedOver}
            disabled={readOnly}
          >
            {t('questionnaire.confirmCarriedOver')}
          </button>
        </p>
      )}
      <FormProvider {...methods}>
        <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby={headingId}>
          <AnswerInput indicator={indicator} disabled={readOnly || na} />
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
