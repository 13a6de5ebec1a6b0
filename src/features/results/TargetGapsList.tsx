import { useTranslation } from 'react-i18next'
import type { TargetGap } from '../../domain/report/targetGaps'
import { useFormat } from '../../i18n/format'
import { useNames } from '../../components/report/useNames'

/** The distance from each capability's current score to the start of its target level. */
export const TargetGapsList = ({ gaps }: { gaps: readonly TargetGap[] }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const describe = (gap: TargetGap) => {
    const common = {
      name: names.capability(gap.capability),
      target: names.levelId(gap.target),
      targetScore: format.score(gap.targetScore),
    }
    if (gap.score === null || gap.gap === null) return t('results.targets.noScore', common)
    const now = { ...common, score: format.score(gap.score), current: names.level(gap.level) }
    return gap.reached
      ? t('results.targets.reached', now)
      : t('results.targets.gap', { ...now, gap: format.score(gap.gap) })
  }
  return (
    <>
      <h3>{t('results.targets.gapsHeading')}</h3>
      {gaps.length === 0 ? (
        <p>{t('results.targets.empty')}</p>
      ) : (
        <ul>
          {gaps.map((gap) => (
            <li key={gap.capability}>
              {describe(gap)}
              {gap.level?.provisional === true && (
                <span className="muted"> {t('results.targets.uncertain')}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
