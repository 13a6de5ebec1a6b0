import { useTranslation } from 'react-i18next'
import type { AnswerValue } from '../../domain/assessment/answer'
import type { Indicator } from '../../domain/indicators/schema'
import type { IndicatorOutcome } from '../../domain/scoring/outcome'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'

type Props = { indicator: Indicator; value: AnswerValue; outcome: IndicatorOutcome | undefined }

/**
 * A scored answer in words: the measured value with its unit (a ratio with the value the engine
 * divided out), the rubric level with its descriptor, yes/no with what it means, or the option.
 */
export const AnswerText = ({ indicator, value, outcome }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const def = indicator.answer
  const measured = outcome?.state === 'scored' ? outcome.measured : undefined
  const text = (() => {
    switch (value.type) {
      case 'kpi':
        return t('print.appendix.value', {
          value: format.number(value.value),
          unit: def.type === 'kpi' ? localized(def.unit) : '',
        })
      case 'ratio': {
        const parts = {
          numerator: format.number(value.numerator),
          denominator: format.number(value.denominator),
        }
        return measured === undefined || def.type !== 'kpi'
          ? t('print.appendix.ratioRaw', parts)
          : t('print.appendix.ratio', {
              ...parts,
              value: format.number(measured),
              unit: localized(def.unit),
            })
      }
      case 'level': {
        const level =
          def.type === 'level' ? def.levels.find((l) => l.level === value.level) : undefined
        return t('print.appendix.level', {
          level: format.number(value.level),
          text: level === undefined ? '—' : localized(level.descriptor),
        })
      }
      case 'boolean': {
        const meaning = def.type === 'boolean' ? (value.value ? def.yes : def.no) : undefined
        return t(value.value ? 'print.appendix.yes' : 'print.appendix.no', {
          text: meaning === undefined ? '—' : localized(meaning),
        })
      }
      case 'choice': {
        const option =
          def.type === 'choice' ? def.options.find((o) => o.id === value.optionId) : undefined
        return option === undefined ? value.optionId : localized(option.label)
      }
    }
  })()
  return <>{text}</>
}
