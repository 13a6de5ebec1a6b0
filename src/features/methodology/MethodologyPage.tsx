import { useTranslation } from 'react-i18next'
import { useSearch } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { assertNever } from '../../domain/assertNever'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { queries } from '../../routes/queries'
import { CapabilitiesSection } from './CapabilitiesSection'
import { DimensionWeights } from './DimensionWeights'
import { LevelsSection } from './LevelsSection'
import { ProvenanceLegend } from './ProvenanceLegend'
import { RankingRules } from './RankingRules'
import { ReleaseNotes } from './ReleaseNotes'
import { ScoringRules } from './ScoringRules'
import { SetFileSection } from './SetFileSection'
import { SetPicker } from './SetPicker'
import { SourcesTable } from './SourcesTable'
import { WeightProfilesSection } from './WeightProfilesSection'
import { refOf, useDescribedSet, type SetNotice } from './useDescribedSet'
import './methodology.css'

/** Why another set than the address asks for is described: a live notice while storage is read. */
const Notice = ({ notice }: { notice: SetNotice }) => {
  const { t } = useTranslation()
  return notice === 'looking' ? (
    <p role="status">{t('methodology.set.looking')}</p>
  ) : (
    <p className="banner warning">{t('methodology.set.missing')}</p>
  )
}

/** Every section, each drawn from the described set's meta where the set decides. */
const Sections = ({ set }: { set: IndicatorSet }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { meta } = set
  return (
    <>
      <p className="lead">
        {t('methodology.intro', { name: localized(meta.name), version: meta.version })}
      </p>
      <ScoringRules meta={meta} />
      <LevelsSection meta={meta} />
      <RankingRules meta={meta} />
      <ProvenanceLegend />
      <CapabilitiesSection meta={meta} />
      <DimensionWeights meta={meta} />
      <WeightProfilesSection set={set} />
      <SourcesTable meta={meta} />
      <ReleaseNotes set={set} />
      <SetFileSection set={set} />
    </>
  )
}

/**
 * How scores are computed, in the current language: formulas, levels and their source, N/A and
 * coverage, provenance, the five capabilities and the sources. Everything that is a fact about
 * the indicator set is generated from its meta, so unverified facts show as such. The set is the
 * one the address names (`?set=`, see `routes.methodology`), or the default set.
 */
export const MethodologyPage = () => {
  const { t } = useTranslation()
  usePageTitle(t('methodology.title'))
  const described = useDescribedSet(queries.methodology.setFrom(useSearch()))
  const body = () => {
    switch (described.state) {
      case 'loading':
        return <p role="status">{t('common.loadingPage')}</p>
      case 'failed':
        return <p role="alert">{t('common.setMissing.failedBody', described.ref)}</p>
      case 'ready':
        return (
          <>
            <SetPicker described={refOf(described.set)} />
            {described.notice !== null && <Notice notice={described.notice} />}
            <Sections set={described.set} />
          </>
        )
      default:
        return assertNever(described)
    }
  }
  return (
    <article className="methodology" aria-labelledby="methodology-title">
      <h1 id="methodology-title">{t('methodology.title')}</h1>
      {body()}
    </article>
  )
}
