import { useTranslation } from 'react-i18next'
import { LevelLabel } from '../../components/ui/LevelLabel'
import { capabilityIds } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import type { ResultsModel } from './useResultsModel'

/** The GB/T 33356-weighted total, the overall level (with its description), coverage and N/A. */
export const OverallSummary = ({ model }: { model: ResultsModel }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
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
    <section aria-labelledby="results-overall">
      <h2 id="results-overall">{t('results.overall.heading')}</h2>
      {total.score === null ? (
        <p>{t('results.overall.noScore')}</p>
      ) : (
        <dl className="results-summary">
          <div>
            <dt>{t('results.overall.total')}</dt>
            <dd className="results-big">{format.score(total.score)}</dd>
          </div>
          <div>
            <dt>{t('results.overall.level')}</dt>
            <dd className="results-big">
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
        <p className="results-note">
          {t('results.overall.provisionalNote', {
            threshold: format.percent(meta.provisionalBelowCoverage),
          })}
        </p>
      )}
    </section>
  )
}
