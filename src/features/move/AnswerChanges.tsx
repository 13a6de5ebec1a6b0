import { useTranslation } from 'react-i18next'
import type { AnswerMove, MovePlan } from '../../domain/assessment/moveToVersion'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useListFormat } from '../../components/report/useListFormat'
import { useLocalized } from '../../i18n/useLocalized'
import { indicatorLabel } from './indicatorLabel'

type Props = { plan: MovePlan; from: IndicatorSet; to: IndicatorSet }

type Review = Extract<AnswerMove, { disposition: 'review' }>
type Dropped = Extract<AnswerMove, { disposition: 'dropped' }>

/**
 * What happens to each stored answer, in three lists: kept as it is; kept but marked for review
 * (why, and whether its value stays or is cleared); no longer asked (retired, or not asked of
 * this city level), which the moved assessment does not hold.
 */
export const AnswerChanges = ({ plan, from, to }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const list = useListFormat()
  const names = new Map(
    [...from.indicators, ...to.indicators].map((i) => [i.id, localized(i.name)]),
  )
  const named = (id: string) => indicatorLabel(id, names.get(id) ?? id)
  const kept = plan.answers.filter((a) => a.disposition === 'kept')
  const review = plan.answers.filter((a): a is Review => a.disposition === 'review')
  const dropped = plan.answers.filter((a): a is Dropped => a.disposition === 'dropped')
  const why = (a: Review) =>
    list([
      // Which definition changed is listed above, under "Definitions changed": said once here.
      ...(a.reasons.some((r) => r !== 'invalid-value' && r !== 'not-in-old-set')
        ? [t('move.answers.reason.definition')]
        : []),
      ...(a.reasons.includes('not-in-old-set')
        ? [t('move.answers.reason.not-in-old-set', { from: from.meta.version })]
        : []),
      ...(a.reasons.includes('invalid-value') ? [t('move.answers.reason.invalid-value')] : []),
      ...(a.value === 'none'
        ? []
        : [t(a.value === 'cleared' ? 'move.answers.cleared' : 'move.answers.valueKept')]),
    ])
  return (
    <>
      <section className="move-part">
        <h3>{t('move.answers.review', { count: review.length })}</h3>
        {review.length === 0 ? (
          <p>{t('move.indicators.none')}</p>
        ) : (
          <ul>
            {review.map((a) => (
              <li key={a.indicatorId}>
                {t('move.answers.why', { name: named(a.indicatorId), reasons: why(a) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="move-part">
        <h3>{t('move.answers.dropped', { count: dropped.length })}</h3>
        {dropped.length === 0 ? (
          <p>{t('move.indicators.none')}</p>
        ) : (
          <>
            <p>{t('move.answers.droppedIntro')}</p>
            <ul>
              {dropped.map((a) => (
                <li key={a.indicatorId}>
                  {t('move.answers.why', {
                    name: named(a.indicatorId),
                    reasons: t(`move.answers.${a.reason}`),
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="move-part">
        <h3>{t('move.answers.kept', { count: kept.length })}</h3>
        {kept.length === 0 ? (
          <p>{t('move.indicators.none')}</p>
        ) : (
          <details>
            <summary>{t('move.answers.keptShow')}</summary>
            <ul>
              {kept.map((a) => (
                <li key={a.indicatorId}>{named(a.indicatorId)}</li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </>
  )
}
