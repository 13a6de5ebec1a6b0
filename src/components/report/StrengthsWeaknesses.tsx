import { useTranslation } from 'react-i18next'
import { LevelLabel } from '../ui/LevelLabel'
import {
  strengthFromLevel,
  weaknessBelowLevel,
  type RankedItem,
  type StrengthsAndWeaknesses,
} from '../../domain/report/strengthsWeaknesses'
import { useFormat } from '../../i18n/format'
import { useNames } from './useNames'
import './report.css'

/** Strengths (highest first) and weaknesses (lowest first) over capabilities and dimensions. */
export const StrengthsWeaknesses = ({ items }: { items: StrengthsAndWeaknesses }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const describe = (item: RankedItem) =>
    t('results.strengths.item', {
      name: item.kind === 'capability' ? names.capability(item.id) : names.dimension(item.id),
      kind: t(`results.strengths.${item.kind}`),
      score: format.score(item.score),
      coverage: format.percent(item.coverage),
    })
  const list = (ranked: readonly RankedItem[]) => (
    <ul>
      {ranked.map((item) => (
        <li key={`${item.kind}:${item.id}`}>
          {describe(item)} · <LevelLabel level={item.level} />
        </li>
      ))}
    </ul>
  )
  return (
    <section aria-labelledby="report-strengths">
      <h2 id="report-strengths">{t('results.strengths.heading')}</h2>
      <div className="report-columns">
        <div>
          <h3>{t('results.strengths.strengths')}</h3>
          {items.strengths.length === 0 ? (
            <p>{t('results.strengths.noStrengths', { level: names.levelId(strengthFromLevel) })}</p>
          ) : (
            list(items.strengths)
          )}
        </div>
        <div>
          <h3>{t('results.strengths.weaknesses')}</h3>
          {items.weaknesses.length === 0 ? (
            <p>
              {t('results.strengths.noWeaknesses', { level: names.levelId(weaknessBelowLevel) })}
            </p>
          ) : (
            list(items.weaknesses)
          )}
        </div>
      </div>
    </section>
  )
}
