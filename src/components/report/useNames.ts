import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { useIndicatorSet } from '../ui/indicatorSetContext'
import type { LevelResult, MaturityLevelId } from '../../domain/scoring/maturityLevel'
import { useLocalized } from '../../i18n/useLocalized'

/**
 * Names in the current language for the ids the report builders return: capabilities,
 * dimensions, indicators and levels ("L3 发展级", with the provisional mark as plain text for
 * aria-labels and sentences), from the set of the assessment on screen. Unknown ids fall back to
 * the id itself.
 */
export const useNames = () => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { meta, indicators } = useIndicatorSet()
  return useMemo(() => {
    const indicatorById = new Map(indicators.map((i) => [i.id, i]))
    const levelId = (id: MaturityLevelId) => {
      const level = meta.levels.find((l) => l.id === id)
      return level === undefined ? id : `${id} ${localized(level.name)}`
    }
    return {
      capability: (id: string) => {
        const capability = meta.capabilities.find((c) => c.id === id)
        return capability === undefined ? id : localized(capability.name)
      },
      dimension: (id: string) => {
        const dimension = meta.dimensions.find((d) => d.id === id)
        return dimension === undefined ? id : localized(dimension.name)
      },
      indicator: (id: string) => {
        const indicator = indicatorById.get(id)
        return indicator === undefined ? id : localized(indicator.name)
      },
      levelId,
      level: (level: LevelResult | null) =>
        level === null
          ? t('results.notScored')
          : `${levelId(level.level)}${level.provisional ? ` ${t('common.provisional')}` : ''}`,
    }
  }, [t, localized, meta, indicators])
}

export type Names = ReturnType<typeof useNames>
