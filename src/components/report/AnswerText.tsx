import { useTranslation } from 'react-i18next'
import type { AnswerValue } from '../../domain/assessment/answer'
import { assertNever } from '../../domain/assertNever'
import type { Indicator } from '../../domain/indicators/schema'
import { describeAnswer } from '../../domain/report/describeAnswer'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'

type Props = { indicator: Indicator; value: AnswerValue }

/**
 * A scored answer in words, from its description (`describeAnswer`): the measured value with its
 * unit (a ratio with the value it works out to, as the engine divides it), the rubric level with
 * its descriptor, yes/no with what it means, or the option.
 */
export const AnswerText = ({ indicator, value }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const d = describeAnswer(indicator.answer, value)
  const text = (() => {
    switch (d.type) {
      case 'kpi':
        return t('print.appendix.value', {
          value: format.number(d.value),
          unit: d.unit === undefined ? '' : localized(d.unit),
        })
      case 'ratio': {
        const parts = {
          numerator: format.number(d.numerator),
          denominator: format.number(d.denominator),
        }
        return d.measured === undefined || d.unit === undefined
          ? t('print.appendix.ratioRaw', parts)
          : t('print.appendix.ratio', {
              ...parts,
              value: format.number(d.measured),
              unit: localized(d.unit),
            })
      }
      case 'level':
        return t('print.appendix.level', {
          level: format.number(d.level),
          text: d.descriptor === undefined ? '—' : localized(d.descriptor),
        })
      case 'boolean':
        return t(d.value ? 'print.appendix.yes' : 'print.appendix.no', {
          text: d.meaning === undefined ? '—' : localized(d.meaning),
        })
      case 'choice':
        return d.label === undefined ? d.optionId : localized(d.label)
      default:
        return assertNever(d)
    }
  })()
  return <>{text}</>
}
