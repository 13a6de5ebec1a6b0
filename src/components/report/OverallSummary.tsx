import { useTranslation } from 'react-i18next'
import { LevelLabel } from '../ui/LevelLabel'
import { capabilityIds } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import type { ReportModel } from './useReportModel'
import { useSetWording } from './setWording'
import './report.css'

/**
 * The weighted total of the set's dimensions (named by its weight profile when one is chosen), the overall level (with its description), coverage
 * and N/A.
 */
export const OverallSummary = ({ model }: { model: ReportModel }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const words = useSetWording([model.set], model.score.weighting.profileId)
  const { total } = model.score
  const { meta } = model.set
  const levelMeta = meta.levels.find((l) => l.id === total.level?.level)
  const anyProvisional = [
    total.level,
    ...capabilityIds.map((k) => model.score.capabilities[k].level),
  ]
    .map((level) => level?.provisional ?? false)
    .includes(true)
  return (
    <section aria-labelledby="report-overall">
      <h2 id="report-overall">{t('results.overall.heading')}</h2>
      {total.score === null ? (
        <p>{t('results.overall.noScore')}</p>
      ) : (
        <dl className="report-summary">
          <div>
            <dt>{words.total}</dt>
            <dd className="report-big">{format.score(total.score)}</dd>
          </div>
          <div>
            <dt>{t('results.overall.level')}</dt>
            <dd className="report-big">
              <LevelLabel level={total.level} />
            </dd>
            {levelMeta !== undefined && <dd>{localized(levelMeta.description)}</dd>}
          </div>
          <div>
            <dt>{t('results.overall.coverage')}</dt>
            <dd>{total.coverage === null ? '—' : format.percent(total.coverage)}</dd>
          </div>
          <div>
            <dt>{t('results.overall.naCount')}</dt>
            <dd>{format.number(model.naCount)}</dd>
          </div>
        </dl>
      )}
      {anyProvisional && (
        <p className="report-note">
          {t('results.overall.provisionalNote', {
            threshold: format.percent(meta.provisionalBelowCoverage),
          })}
        </p>
      )}
    </section>
  )
}
