import { useFormContext } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { assertNever } from '../../domain/assertNever'
import type { AnswerFormValues } from '../../domain/assessment/answerForm'
import type { AnswerType, CityLevel, Indicator } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { KpiInput } from './KpiInput'

type Option = { value: string; label: string; detail: string | null }

type OptionsProps = {
  /** The types answered by picking one option; each needs a `questionnaire.answerLegend` key. */
  type: Extract<AnswerType, 'level' | 'choice' | 'boolean'>
  field: 'level' | 'choice' | 'bool'
  options: readonly Option[]
  disabled: boolean
}

/** One radio card per option: a rubric level, a choice or yes/no. */
const OptionsInput = ({ type, field, options, disabled }: OptionsProps) => {
  const { t } = useTranslation()
  const { register } = useFormContext<AnswerFormValues>()
  return (
    <fieldset className={`answer options ${type}`} disabled={disabled}>
      <legend>{t(`questionnaire.answerLegend.${type}`)}</legend>
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

type Props = { indicator: Indicator; cityLevel: CityLevel; disabled: boolean }

/**
 * The input for the indicator's answer type, generated from its definition (a KPI's target as the
 * assessment's city level is held to it).
 */
export const AnswerInput = ({ indicator, cityLevel, disabled }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const def = indicator.answer
  switch (def.type) {
    case 'kpi':
      return (
        <KpiInput indicatorId={indicator.id} def={def} cityLevel={cityLevel} disabled={disabled} />
      )
    case 'level':
      return (
        <OptionsInput
          type="level"
          field="level"
          disabled={disabled}
          options={def.levels.map((l) => ({
            value: String(l.level),
            label: t('questionnaire.levelN', { level: l.level }),
            detail: localized(l.descriptor),
          }))}
        />
      )
    case 'choice':
      return (
        <OptionsInput
          type="choice"
          field="choice"
          disabled={disabled}
          options={def.options.map((o) => ({
            value: o.id,
            label: localized(o.label),
            detail: null,
          }))}
        />
      )
    case 'boolean':
      return (
        <OptionsInput
          type="boolean"
          field="bool"
          disabled={disabled}
          options={[
            { value: 'yes', label: t('common.yes'), detail: localized(def.yes) },
            { value: 'no', label: t('common.no'), detail: localized(def.no) },
          ]}
        />
      )
    default:
      return assertNever(def)
  }
}
