import { zodResolver } from '@hookform/resolvers/zod'
import { memo, useEffect, useMemo } from 'react'
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
import { useLocalized } from '../../i18n/useLocalized'
import { assessmentActions, useAssessments } from '../../store/appStore'
import { AnswerInput } from './AnswerInput'
import { EvidenceLinks } from './EvidenceLinks'
import { SourceBadges } from './SourceBadges'

type Props = { assessmentId: string; indicator: Indicator; readOnly: boolean }

/**
 * One indicator: its text, sources and a small form of its own (so typing re-renders one card, not
 * the questionnaire). Every change is validated with the schema built from the indicator; only a
 * valid answer reaches the store, which saves it.
 */
export const IndicatorCard = memo(({ assessmentId, indicator, readOnly }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const stored = useAssessments((s) => s.byId[assessmentId]?.answers[indicator.id])
  const schema = useMemo(() => buildAnswerFormSchema(indicator), [indicator])
  const methods = useForm<AnswerFormValues, unknown, Answer | undefined>({
    resolver: zodResolver(schema),
    defaultValues: answerToFormValues(indicator, stored),
    mode: 'onChange',
    shouldFocusError: false,
  })
  const { register, handleSubmit, watch, formState, reset, control } = methods
  const [na, evidence] = useWatch({ control, name: ['na', 'evidence'] })

  useEffect(() => {
    const subscription = watch(() => {
      void handleSubmit((answer) => {
        assessmentActions.setAnswer(assessmentId, indicator.id, answer)
      })()
    })
    return () => subscription.unsubscribe()
  }, [watch, handleSubmit, assessmentId, indicator.id])

  useEffect(() => {
    // A read-only tab follows the writing tab: show what it saved.
    if (readOnly) reset(answerToFormValues(indicator, stored))
  }, [readOnly, stored, indicator, reset])

  const id = (name: string) => `${indicator.id}-${name}`
  const err = (name: keyof AnswerFormValues) => formState.errors[name]?.message
  const evidenceLines = evidence
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
  const headingId = id('title')

  const clear = () => {
    reset(emptyFormValues(indicator))
    assessmentActions.setAnswer(assessmentId, indicator.id, undefined)
  }
  const confirmCarriedOver = () => {
    if (stored !== undefined)
      assessmentActions.setAnswer(assessmentId, indicator.id, { ...stored, carriedOver: false })
  }

  return (
    <article
      id={`indicator-${indicator.id}`}
      className="indicator-card"
      aria-labelledby={headingId}
    >
      <header>
        <h3 id={headingId}>
          <span className="indicator-id">{indicator.id}</span> {localized(indicator.name)}
        </h3>
        <SourceBadges sources={indicator.sources} />
      </header>
      <p>{localized(indicator.description)}</p>
      <details>
        <summary>{t('questionnaire.howToMeasure')}</summary>
        <p>{localized(indicator.method)}</p>
        <p>
          <strong>{t('questionnaire.evidenceGuidance')}</strong> {localized(indicator.evidence)}
        </p>
        {indicator.sources.flatMap((s) =>
          s.note === undefined
            ? []
            : [
                <p key={`${s.source}-${s.ref ?? ''}`} className="muted small">
                  {s.source}: {localized(s.note)}
                </p>,
              ],
        )}
      </details>
      {stored?.carriedOver === true && (
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
            <EvidenceLinks lines={evidenceLines} />
          </div>
        </form>
      </FormProvider>
    </article>
  )
})
IndicatorCard.displayName = 'IndicatorCard'
