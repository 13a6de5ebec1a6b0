import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { parseNumber, type AnswerFormValues } from '../../domain/assessment/answerForm'
import type { Indicator } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { FieldError } from '../../components/ui/FieldError'

type Props = { indicator: Indicator; disabled: boolean }

type Ratio = NonNullable<Extract<Indicator['answer'], { type: 'kpi' }>['ratio']>

/** The value a ratio works out to, as typed: watches its two fields alone, so typing elsewhere skips it. */
const RatioResult = ({ ratio, unit, htmlFor }: { ratio: Ratio; unit: string; htmlFor: string }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const { control } = useFormContext<AnswerFormValues>()
  const [numerator, denominator] = useWatch({ control, name: ['numerator', 'denominator'] })
  const n = parseNumber(numerator)
  const d = parseNumber(denominator)
  const value = n === null || d === null || d <= 0 ? null : (n / d) * ratio.multiplier
  return (
    <output htmlFor={htmlFor} aria-live="polite">
      {t('questionnaire.ratioResult', {
        value: value === null ? '—' : format.number(value),
        unit,
      })}
    </output>
  )
}

/** The input for the indicator's answer type, generated from its definition. */
export const AnswerInput = ({ indicator, disabled }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const format = useFormat()
  const { register, formState, control } = useFormContext<AnswerFormValues>()
  const kpiMode = useWatch({ control, name: 'kpiMode' })
  const def = indicator.answer
  const id = (name: string) => `${indicator.id}-${name}`
  const err = (name: keyof AnswerFormValues) => formState.errors[name]?.message
  const a11y = (name: keyof AnswerFormValues) => ({
    'aria-invalid': err(name) === undefined ? undefined : true,
    'aria-describedby': err(name) === undefined ? undefined : id(`${name}-error`),
  })

  if (def.type === 'kpi') {
    const unit = localized(def.unit)
    const limits = { min: def.min ?? '—', max: def.max ?? '—', unit }
    return (
      <fieldset className="answer" disabled={disabled}>
        <legend>{t('questionnaire.value')}</legend>
        <p className="hint">
          {t('questionnaire.kpiTarget', {
            baseline: format.number(def.baseline),
            target: format.number(def.target),
            unit,
            direction: t(`questionnaire.direction.${def.direction}`),
          })}
        </p>
        {def.ratio !== undefined && (
          <div className="mode" role="radiogroup" aria-label={t('questionnaire.entryMode')}>
            <label className="choice">
              <input type="radio" value="ratio" {...register('kpiMode')} />{' '}
              {t('questionnaire.asRatio')}
            </label>
            <label className="choice">
              <input type="radio" value="value" {...register('kpiMode')} />{' '}
              {t('questionnaire.asValue')}
            </label>
          </div>
        )}
        {def.ratio !== undefined && kpiMode === 'ratio' ? (
          <div className="ratio">
            <div className="field">
              <label htmlFor={id('numerator')}>{localized(def.ratio.numerator)}</label>
              <input
                id={id('numerator')}
                inputMode="decimal"
                autoComplete="off"
                {...register('numerator')}
                {...a11y('numerator')}
              />
              <FieldError id={id('numerator-error')} message={err('numerator')} values={limits} />
            </div>
            <div className="field">
              <label htmlFor={id('denominator')}>{localized(def.ratio.denominator)}</label>
              <input
                id={id('denominator')}
                inputMode="decimal"
                autoComplete="off"
                {...register('denominator')}
                {...a11y('denominator')}
              />
              <FieldError
                id={id('denominator-error')}
                message={err('denominator')}
                values={limits}
              />
            </div>
            <RatioResult
              ratio={def.ratio}
              unit={unit}
              htmlFor={`${id('numerator')} ${id('denominator')}`}
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={id('value')}>{t('questionnaire.valueIn', { unit })}</label>
            <input
              id={id('value')}
              inputMode="decimal"
              autoComplete="off"
              {...register('value')}
              {...a11y('value')}
            />
            <FieldError id={id('value-error')} message={err('value')} values={limits} />
          </div>
        )}
      </fieldset>
    )
  }

  const options =
    def.type === 'level'
      ? def.levels.map((l) => ({
          value: String(l.level),
          label: t('questionnaire.levelN', { level: l.level }),
          detail: localized(l.descriptor),
        }))
      : def.type === 'choice'
        ? def.options.map((o) => ({ value: o.id, label: localized(o.label), detail: null }))
        : [
            { value: 'yes', label: t('common.yes'), detail: localized(def.yes) },
            { value: 'no', label: t('common.no'), detail: localized(def.no) },
          ]
  const field = def.type === 'level' ? 'level' : def.type === 'choice' ? 'choice' : 'bool'
  return (
    <fieldset className={`answer options ${def.type}`} disabled={disabled}>
      <legend>{t(`questionnaire.answerLegend.${def.type}`)}</legend>
      {options.map((o) => (
        <label key={o.value} className="option-card">
          <input type="radio" value={o.value} {...register(field)} />
          <span className="option-label">{o.label}</span>
          {o.detail !== null && <span className="option-detail">{o.detail}</span>}
        </label>
      ))}
    </fieldset>
  )
}
