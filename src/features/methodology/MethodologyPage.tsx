import { useTranslation } from 'react-i18next'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { CapabilitiesSection } from './CapabilitiesSection'
import { DimensionWeights } from './DimensionWeights'
import { LevelsSection } from './LevelsSection'
import { ProvenanceLegend } from './ProvenanceLegend'
import { RankingRules } from './RankingRules'
import { ScoringRules } from './ScoringRules'
import { SetFileSection } from './SetFileSection'
import { SourcesTable } from './SourcesTable'
import './methodology.css'

/**
 * How scores are computed, in the current language: formulas, levels and their source, N/A and
 * coverage, provenance, the five capabilities and the sources. Everything that is a fact about
 * the standards is generated from the indicator set's meta, so unverified facts show as such.
 */
export const MethodologyPage = () => {
  const { t } = useTranslation()
  usePageTitle(t('methodology.title'))
  const { meta } = defaultIndicatorSet()
  return (
    <article className="methodology" aria-labelledby="methodology-title">
      <h1 id="methodology-title">{t('methodology.title')}</h1>
      <p className="lead">{t('methodology.intro', { setId: meta.setId, version: meta.version })}</p>
      <ScoringRules />
      <LevelsSection meta={meta} />
      <RankingRules />
      <ProvenanceLegend />
      <CapabilitiesSection meta={meta} />
      <DimensionWeights meta={meta} />
      <SourcesTable meta={meta} />
      <SetFileSection />
    </article>
  )
}
