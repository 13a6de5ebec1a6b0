import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldError } from '../ui/FieldError'
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
import { AnswerInput } from './AnswerInput'
import { EvidencePreview } from './EvidencePreview'

/** Shows `answer` in the form (a read-only view following what another writer saved). */
export type ShowAnswer = (answer: Answer | undefined) => void

type Props = {
  indicator: Indicator
  /** The city level: which KPI targets the input shows. */
  cityLevel: CityLevel
  /** The answer the form starts from (read once, when it mounts). */
  initial: Answer | undefined
  /** Every valid change, and `undefined` when the answer is cleared. */
  onAnswer: (answer: Answer | undefined) => void
  readOnly: boolean
  /**
   * While read-only, how the form follows another writer: called with a function that shows an
   * answer; returns the unsubscribe. The form does not subscribe otherwise, so typing in the
   * writing form re-renders only that form.
   */
  follow?: (show: ShowAnswer) => () => void
  /** The heading that names the form (the indicator's title). */
  labelledBy: string
}

/**
 * The answer to one indicator, independent of where it is stored: the value input, N/A with its
 * reason, data quality, clear, note and evidence links. Every change is validated once, with the
 * schema built from the indicator; only a valid answer reaches `onAnswer`. A keystroke that leaves
 * the form valid re-renders nothing: the form holds what was typed.
 */
export const AnswerForm = ({
  indicator,
  cityLevel,
  initial,
  onAnswer,
  readOnly,
  follow,
  labelledBy,
}: Props) => {
  const { t } = useTranslation()
  const schema = useMemo(() => buildAnswerFormSchema(indicator), [indicator])
  const [defaultValues] = useState(() => answerToFormValues(indicator, initial))
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
      // form resets to what the other writer saved.
      if (name === undefined) return
      // Parsed here, not through handleSubmit: its submit state re-rendered the form on every
      // keystroke, and it ran the schema a second time.
      const parsed = schema.safeParse(values)
      if (parsed.success) {
        if (answerFormFields.some((name) => getFieldState(name).invalid)) clearErrors()
        onAnswer(parsed.data)
      } else {
        // Show every problem, not only the changed field's: e.g. the missing N/A reason as soon
        // as N/A is ticked.
        void handleSubmit(() => undefined)()
      }
    })
    return () => subscription.unsubscribe()
  }, [watch, handleSubmit, getFieldState, clearErrors, schema, onAnswer])

  useEffect(() => {
    if (!readOnly || follow === undefined) return
    return follow((answer) => reset(answerToFormValues(indicator, answer)))
  }, [readOnly, follow, indicator, reset])

  const id = (name: string) => `${indicator.id}-${name}`
  const err = (name: AnswerFormField) => formState.errors[name]?.message

  const clear = () => {
    reset(emptyFormValues(indicator))
    onAnswer(undefined)
  }

  return (
    <FormProvider {...methods}>
      <form noValidate onSubmit={(e) => e.preventDefault()} aria-labelledby={labelledBy}>
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
                aria-describedby={err('naReason') === undefined ? undefined : id('naReason-error')}
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
  )
}
