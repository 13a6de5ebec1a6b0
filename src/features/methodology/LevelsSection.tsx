import { useTranslation } from 'react-i18next'
import type { MetaFile } from '../../domain/indicators/schema'
import { levelStartScore } from '../../domain/report/levels'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { TableScroll } from '../../components/ui/TableScroll'

/** Section 5: the set's maturity levels with the score where each begins, their source, and the provisional rule. */
export const LevelsSection = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  return (
    <section aria-labelledby="method-levels">
      <h2 id="method-levels">{t('methodology.levels.heading')}</h2>
      <p>{t('methodology.levels.intro')}</p>
      <TableScroll label={t('methodology.levels.caption')}>
        <table className="report-table">
          <caption>{t('methodology.levels.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('methodology.levels.level')}</th>
              <th scope="col">{t('methodology.levels.name')}</th>
              <th scope="col">{t('methodology.levels.from')}</th>
              <th scope="col">{t('methodology.levels.description')}</th>
            </tr>
          </thead>
          <tbody>
            {meta.levels.map((level) => (
              <tr key={level.id}>
                <th scope="row">{level.id}</th>
                <td>{localized(level.name)}</td>
                <td className="num">{format.number(levelStartScore(level.id, meta.thresholds))}</td>
                <td>{localized(level.description)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>{t('methodology.levels.source', { source: localized(meta.thresholdSource) })}</p>
      <p>
        {t('methodology.levels.provisional', {
          threshold: format.percent(meta.provisionalBelowCoverage),
        })}
      </p>
    </section>
  )
}
