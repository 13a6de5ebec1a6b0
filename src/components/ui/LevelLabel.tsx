import { useTranslation } from 'react-i18next'
import type { LevelResult } from '../../domain/scoring/maturityLevel'
import { useLocalized } from '../../i18n/useLocalized'
import { useIndicatorSet } from './indicatorSetContext'

/** "L3 发展级" (named by the set on screen) with a provisional mark, or a dash when there is no level yet. */
export const LevelLabel = ({ level }: { level: LevelResult | null }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { levels } = useIndicatorSet().meta
  if (level === null) return <span>{t('common.none')}</span>
  const meta = levels.find((l) => l.id === level.level)
  return (
    <span className={`level level-${level.level}`}>
      {level.level} {meta === undefined ? null : localized(meta.name)}
      {level.provisional && <span className="provisional"> {t('common.provisional')}</span>}
    </span>
  )
}
