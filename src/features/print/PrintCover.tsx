import { useTranslation } from 'react-i18next'
import { LevelLabel } from '../../components/ui/LevelLabel'
import type { ReportModel } from '../../components/report/useReportModel'
import { useSetWording } from '../../components/report/setWording'
import type { Assessment } from '../../domain/assessment/assessment'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { useWeighting } from '../../components/report/useWeighting'

type Props = { assessment: Assessment; model: ReportModel; generatedAt: string }

/**
 * The first page: who and what was assessed, with which indicator set (and weighting of the total,
 * where the set offers a choice), when, and the headline level.
 */
export const PrintCover = ({ assessment, model, generatedAt }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const words = useSetWording([model.set], model.score.weighting.profileId)
  const weighting = useWeighting(model.set, model.score.weighting)
  const { total, completeness } = model.score
  const facts: [label: string, value: string][] = [
    [t('print.cover.city'), assessment.city],
    ...(assessment.province === undefined
      ? []
      : [[t('print.cover.province'), assessment.province] as [string, string]]),
    [t('print.cover.year'), String(assessment.year)],
    [t('print.cover.cityLevel'), t(`cityLevel.${assessment.cityLevel}`)],
    [
      t('print.cover.indicatorSet'),
      t('print.cover.indicatorSetValue', {
        name: localized(model.set.meta.name),
        setId: assessment.indicatorSet.setId,
        version: assessment.indicatorSet.version,
      }),
    ],
    // Which weighting the total uses, where the set offers more than one.
    ...(weighting.offered
      ? [
          [
            t('print.weighting.fact'),
            weighting.source === null
              ? weighting.name
              : t('print.weighting.factValue', {
                  profile: weighting.name,
                  source: weighting.source,
                }),
          ] as [string, string],
        ]
      : []),
    [
      t('print.cover.completeness'),
      t('results.header.completeness', {
        done: format.number(completeness.done),
        asked: format.number(completeness.asked),
      }),
    ],
    [t('print.cover.lastSaved'), format.dateTime(assessment.updatedAt)],
    [t('print.cover.generated'), format.dateTime(generatedAt)],
  ]
  return (
    <header className="print-cover">
      <p className="print-kicker">{t('print.cover.kicker')}</p>
      <h1 id="print-title">
        {t('print.cover.heading', { city: assessment.city, year: assessment.year })}
      </h1>
      <dl className="print-facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="print-headline">
        <p className="print-headline-label">{t('print.cover.headline')}</p>
        {total.score === null ? (
          <p>{t('print.cover.noScore')}</p>
        ) : (
          <>
            <p className="print-headline-level">
              <LevelLabel level={total.level} />
            </p>
            <p>{words.headlineScore(format.score(total.score))}</p>
          </>
        )}
      </div>
      <p className="muted small">{t('print.cover.localOnly')}</p>
    </header>
  )
}
