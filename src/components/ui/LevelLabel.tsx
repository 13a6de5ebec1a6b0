import { useTranslation } from 'react-i18next'
import { indicatorSetCore } from '../../content/defaultIndicatorSet'
import type { LevelResult } from '../../domain/scoring/maturityLevel'
import { useLocalized } from '../../i18n/useLocalized'

/** "L3 发展级" with a provisional mark, or a dash when there is no level yet. */
export const LevelLabel = ({ level }: { level: LevelResult | null }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  if (level === null) return <span>{t('common.none')}</span>
  const meta = indicatorSetCore().meta.levels.find((l) => l.id === level.level)
  return (
    <span className={`level level-${level.level}`}>
      {level.level} {meta === undefined ? null : localized(meta.name)}
      {level.provisional && <span className="provisional"> {t('common.provisional')}</span>}
    </span>
  )
}
