import { useTranslation } from 'react-i18next'
import { useListFormat } from '../../components/report/useListFormat'
import { useNames } from '../../components/report/useNames'
import { useSetWording } from '../../components/report/setWording'
import type { IndicatorSet } from '../../domain/indicators/schema'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { levelStartScore } from '../../domain/report/levels'
import { useFormat } from '../../i18n/format'

/**
 * The method in five sentences, with the set's own level thresholds and words true of the set
 * and of the weighting of the total (`useSetWording`); the app's Methodology page has the rest.
 */
export const MethodologyNote = ({ set, score }: { set: IndicatorSet; score: AssessmentScore }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const list = useListFormat()
  const words = useSetWording([set], score.weighting.profileId)
  const { meta } = set
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
      <p>{words.methodTotal}</p>
      {score.weighting.unknownProfile !== null && (
        <p>{t('results.weighting.unknown', { id: score.weighting.unknownProfile })}</p>
      )}
      <p>
        {words.methodLevels({
          levels: list(levels),
          threshold: format.percent(meta.provisionalBelowCoverage),
        })}
      </p>
      <p>{words.methodMore}</p>
    </section>
  )
}
