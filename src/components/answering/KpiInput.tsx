import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { FieldError } from '../ui/FieldError'
import {
  parseNumber,
  type AnswerFormField,
  type AnswerFormValues,
} from '../../domain/assessment/answerForm'
import { kpiForCityLevel, type KpiDefinition } from '../../domain/indicators/kpiForCityLevel'
import type { CityLevel } from '../../domain/indicators/schema'
import { addCountyText } from '../../i18n/countyText'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'

addCountyText()

type Ratio = NonNullable<KpiDefinition['ratio']>

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

type Props = { indicatorId: string; def: KpiDefinition; cityLevel: CityLevel; disabled: boolean }

/**
 * A measured value with its target, typed directly or (when the KPI has one) as a ratio. The
 * baseline and target are those the assessment's city level is scored against: a county-level
 * city's own, named as such, where the indicator sets them.
 */
export const KpiInput = ({ indicatorId, def, cityLevel, disabled }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const format = useFormat()
  const { register, formState, control } = useFormContext<AnswerFormValues>()
  const kpiMode = useWatch({ control, name: 'kpiMode' })
  const id = (name: string) => `${indicatorId}-${name}`
  const err = (name: AnswerFormField) => formState.errors[name]?.message
  const a11y = (name: AnswerFormField) => ({
    'aria-invalid': err(name) === undefined ? undefined : true,
    'aria-describedby': err(name) === undefined ? undefined : id(`${name}-error`),
  })
  const unit = localized(def.unit)
  const limits = { min: def.min ?? '—', max: def.max ?? '—', unit }
  const held = kpiForCityLevel(def, cityLevel)
  const ownCountyTarget = cityLevel === 'county' && def.county !== undefined
  return (
    <fieldset className="answer" disabled={disabled}>
      <legend>{t('questionnaire.value')}</legend>
      <p className="hint">
        {t(ownCountyTarget ? 'county.kpiTarget' : 'questionnaire.kpiTarget', {
          baseline: format.number(held.baseline),
          target: format.number(held.target),
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
            <FieldError id={id('denominator-error')} message={err('denominator')} values={limits} />
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
