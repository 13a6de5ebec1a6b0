import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ComparabilityReason, MetaReason } from '../../domain/report/comparability'
import type { SubsetReason } from '../../domain/report/sharedEqualSubset'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { useListFormat } from './useListFormat'

/** Why an indicator makes two versions' scores differ, or leaves it out of the shared ones. */
export type Reason = ComparabilityReason | SubsetReason

export type Involved = { indicatorId: string; reasons: readonly Reason[] }

/**
 * Plain words for version differences: "SC-001 name (target changed)", "only in version 1.0.0",
 * "dimension weights differ". An indicator is named from set a when only a holds it, otherwise
 * from set b (the later column), falling back to its id. `list` joins items in the current language.
 */
export const useReasonWords = () => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const list = useListFormat()
  const reason = useCallback(
    (r: Reason, sets: { a: IndicatorSet; b: IndicatorSet }) => {
      switch (r) {
        case 'only-in-a':
          return t('comparability.onlyIn', { version: sets.a.meta.version })
        case 'only-in-b':
          return t('comparability.onlyIn', { version: sets.b.meta.version })
        default:
          return t(`comparability.reasons.${r}`)
      }
    },
    [t],
  )
  const indicator = useCallback(
    ({ indicatorId, reasons }: Involved, sets: { a: IndicatorSet; b: IndicatorSet }) => {
      const holder = reasons.includes('only-in-a') ? [sets.a] : [sets.b, sets.a]
      const found = holder.flatMap((s) => s.indicators.filter((i) => i.id === indicatorId))[0]
      return t('comparability.indicator', {
        id: indicatorId,
        name: found === undefined ? '' : localized(found.name),
        reasons: list(reasons.map((r) => reason(r, sets))),
      })
    },
    [t, localized, list, reason],
  )
  const meta = useCallback((m: MetaReason) => t(`comparability.meta.${m}`), [t])
  return { reason, indicator, meta, list }
}
