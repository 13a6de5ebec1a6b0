import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link, useLocation } from 'wouter'
import { FieldError } from '../../components/ui/FieldError'
import { usePageTitle } from '../../components/ui/usePageTitle'
import {
  indicatorSetCore,
  setCoreFor,
  setKey,
  type SetRef,
} from '../../content/defaultIndicatorSet'
import { yearRange } from '../../domain/assessment/assessment'
import {
  NewAssessmentFormSchema,
  type NewAssessmentFormInput,
  type NewAssessmentFormOutput,
} from '../../domain/assessment/newAssessmentForm'
import { useLocalized } from '../../i18n/useLocalized'
import { routes } from '../../routes/routes'
import { assessmentActions, useAssessments } from '../../store/appStore'
import { SetFileImport } from './SetFileImport'

type Outcome = { kind: 'duplicate'; existingId: string } | { kind: 'error'; detail: string } | null

export const NewAssessmentPage = () => {
  const { t } = useTranslation()
  const localized = useLocalized()
  usePageTitle(t('newAssessment.title'))
  const [, navigate] = useLocation()
  const phase = useAssessments((s) => s.phase)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const set = indicatorSetCore()
  const defaultRef: SetRef = { setId: set.meta.setId, version: set.meta.version }
  const customSets = useAssessments((s) => s.customSets)
  /** The sets a new assessment can use: the newest built-in one, then those brought by the user. */
  const choices = [defaultRef, ...customSets].flatMap((ref) => {
    const core = setCoreFor(ref)
    return core === null ? [] : [{ ref, key: setKey(ref), name: core.meta.name }]
  })
  const { register, handleSubmit, formState, setValue } = useForm<
    NewAssessmentFormInput,
    unknown,
    NewAssessmentFormOutput
  >({
    resolver: zodResolver(NewAssessmentFormSchema),
    defaultValues: {
      city: '',
      province: '',
      year: String(new Date().getFullYear()),
      cityLevel: 'prefecture-and-above',
      setVersion: setKey(defaultRef),
    },
  })
  const { errors, isSubmitting } = formState
  // A set just imported is chosen once its option is drawn (the store lists it a render later).
  // A new object per import, so importing the same set again chooses it again.
  const [justStored, setJustStored] = useState<{ key: string } | null>(null)
  const storedIsListed = justStored !== null && choices.some((c) => c.key === justStored.key)
  useEffect(() => {
    if (justStored !== null && storedIsListed) setValue('setVersion', justStored.key)
  }, [justStored, storedIsListed, setValue])

  const onSubmit = async (values: NewAssessmentFormOutput) => {
    const result = await assessmentActions.create({
      city: values.city,
      province: values.province,
      year: values.year,
      cityLevel: values.cityLevel,
      indicatorSet: choices.find((c) => c.key === values.setVersion)?.ref ?? defaultRef,
    })
    if (result.ok) navigate(routes.questionnaire.href(result.id))
    else if (result.reason === 'duplicate')
      setOutcome({ kind: 'duplicate', existingId: result.existingId })
    else setOutcome({ kind: 'error', detail: result.detail })
  }

  const describedBy = (name: string, hint?: boolean) =>
    [
      hint === true ? `${name}-hint` : '',
      errors[name as keyof NewAssessmentFormInput] ? `${name}-error` : '',
    ]
      .filter(Boolean)
      .join(' ') || undefined

  return (
    <section aria-labelledby="new-title">
      <h1 id="new-title">{t('newAssessment.title')}</h1>
      <p>{t('newAssessment.intro')}</p>
      <form className="form" noValidate onSubmit={(e) => void handleSubmit(onSubmit)(e)}>
        <div className="field">
          <label htmlFor="city">
            {t('assessment.city')} <span aria-hidden="true">*</span>
          </label>
          <input
            id="city"
            autoComplete="off"
            aria-required="true"
            aria-invalid={errors.city ? true : undefined}
            aria-describedby={describedBy('city')}
            {...register('city')}
          />
          <FieldError id="city-error" message={errors.city?.message} />
        </div>
        <div className="field">
          <label htmlFor="province">{t('assessment.province')}</label>
          <input
            id="province"
            autoComplete="off"
            aria-describedby={describedBy('province')}
            {...register('province')}
          />
          <FieldError id="province-error" message={errors.province?.message} />
        </div>
        <div className="field">
          <label htmlFor="year">
            {t('assessment.year')} <span aria-hidden="true">*</span>
          </label>
          <input
            id="year"
            inputMode="numeric"
            aria-required="true"
            aria-invalid={errors.year ? true : undefined}
            aria-describedby={describedBy('year', true)}
            {...register('year')}
          />
          <p id="year-hint" className="hint">
            {t('newAssessment.yearHint', { min: yearRange.min, max: yearRange.max })}
          </p>
          <FieldError id="year-error" message={errors.year?.message} values={yearRange} />
        </div>
        <fieldset className="field">
          <legend>{t('assessment.cityLevel')}</legend>
          {(['prefecture-and-above', 'county'] as const).map((level) => (
            <label key={level} className="choice">
              <input type="radio" value={level} {...register('cityLevel')} />{' '}
              {t(`cityLevel.${level}`)}
            </label>
          ))}
          <p className="hint">{t('newAssessment.cityLevelHint')}</p>
        </fieldset>
        <div className="field">
          <label htmlFor="setVersion">{t('assessment.indicatorSet')}</label>
          <select id="setVersion" {...register('setVersion')}>
            {choices.map(({ ref, key, name }) => (
              <option key={key} value={key}>
                {t('assessment.setVersion', { name: localized(name), version: ref.version })}
              </option>
            ))}
          </select>
          <SetFileImport onStored={(ref) => setJustStored({ key: setKey(ref) })} />
        </div>
        {outcome?.kind === 'duplicate' && (
          <p role="alert" className="banner warning">
            {t('newAssessment.duplicate')}{' '}
            <Link href={routes.questionnaire.href(outcome.existingId)}>
              {t('home.openExisting')}
            </Link>
          </p>
        )}
        {outcome?.kind === 'error' && (
          <p role="alert" className="banner error">
            {t('storage.writeFailed', { detail: outcome.detail })}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button" disabled={phase !== 'ready' || isSubmitting}>
            {t('newAssessment.create')}
          </button>
          <Link href={routes.home.href()}>{t('common.cancel')}</Link>
        </div>
      </form>
    </section>
  )
}
