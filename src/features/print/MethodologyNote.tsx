import { useTranslation } from 'react-i18next'
import { useListFormat } from '../../components/report/useListFormat'
import { useNames } from '../../components/report/useNames'
import type { MetaFile } from '../../domain/indicators/schema'
import { levelStartScore } from '../../domain/report/levels'
import { useFormat } from '../../i18n/format'

/** The method in five sentences, with the set's own level thresholds; the app's Methodology page has the rest. */
export const MethodologyNote = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const list = useListFormat()
  const levels = meta.levels.map((level) =>
    t('print.methodology.levelItem', {
      level: names.levelId(level.id),
      from: format.number(levelStartScore(level.id, meta.thresholds)),
    }),
  )
  return (
    <section aria-labelledby="print-methodology" className="print-section">
      <h2 id="print-methodology">{t('print.methodology.heading')}</h2>
      <p>{t('print.methodology.indicator')}</p>
      <p>{t('print.methodology.capability')}</p>
      <p>{t('print.methodology.total')}</p>
      <p>
        {t('print.methodology.levels', {
          levels: list(levels),
          threshold: format.percent(meta.provisionalBelowCoverage),
        })}
      </p>
      <p>{t('print.methodology.more')}</p>
    </section>
  )
}
