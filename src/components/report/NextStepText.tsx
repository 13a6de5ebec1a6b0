import { useTranslation } from 'react-i18next'
import { assertNever } from '../../domain/assertNever'
import type { NextStep } from '../../domain/report/nextStep'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'

/** The concrete next step of a priority: the next rubric level's text, or the KPI's gap to target. */
export const NextStepText = ({ next }: { next: NextStep }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  switch (next.kind) {
    case 'level':
      return (
        <>
          {t('results.priorities.nextLevel', {
            level: format.number(next.level),
            text: localized(next.descriptor),
          })}
        </>
      )
    case 'kpi':
      return (
        <>
          {t('results.priorities.nextKpi', {
            measured: format.number(next.measured),
            target: format.number(next.target),
            gap: format.number(next.gap),
            unit: localized(next.unit),
          })}
        </>
      )
    case 'choice':
      return <>{t('results.priorities.nextChoice', { option: localized(next.option.label) })}</>
    case 'boolean':
      return <>{t('results.priorities.nextBoolean', { text: localized(next.yes) })}</>
    default:
      return assertNever(next)
  }
}
