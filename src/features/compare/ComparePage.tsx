import { useTranslation } from 'react-i18next'
import { useLocation, useSearch } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { useSetWording } from '../../components/report/setWording'
import { useListFormat } from '../../components/report/useListFormat'
import { defaultIndicatorSet, setKey } from '../../content/defaultIndicatorSet'
import { useLocalized } from '../../i18n/useLocalized'
import { queries } from '../../routes/queries'
import { routes } from '../../routes/routes'
import { useAssessments } from '../../store/appStore'
import { compareFlags } from './compareFlags'
import { CompareRadar } from './CompareRadar'
import { DeltaTable } from './DeltaTable'
import { LeftOutNote } from './LeftOutNote'
import { maxCompared } from './seriesStyle'
import { TrendChart } from './TrendChart'
import { useCompareModel } from './useCompareModel'
import './compare.css'

export const ComparePage = () => {
  const { t } = useTranslation()
  const localized = useLocalized()
  usePageTitle(t('compare.title'))
  const [, navigate] = useLocation()
  const phase = useAssessments((s) => s.phase)
  const search = useSearch()
  const selected = queries.compare.idsFrom(search)
  const options = queries.compare.optionsFrom(search)
  const model = useCompareModel(selected, options)
  const { all, chosen, comparison, versionsDiffer, oneCity, setsLoaded, fullSets } = model
  const words = useSetWording(fullSets)
  const list = useListFormat()
  // Every set has the same five capabilities; they are named as the first column's set names them.
  const meta = fullSets[0]?.meta ?? defaultIndicatorSet().meta
  /** Each set version compared, once, by the set's name: an id says nothing to a reader. */
  const versions = [...new Map(fullSets.map(({ meta: m }) => [setKey(m), m])).values()].map((m) =>
    t('assessment.setVersion', { name: localized(m.name), version: m.version }),
  )

  const toggle = (id: string, on: boolean) => {
    const next = on ? [...selected, id] : selected.filter((x) => x !== id)
    navigate(routes.compare.href(next, options), { replace: true })
  }
  const toggleShared = (shared: boolean) =>
    navigate(routes.compare.href(selected, { shared }), { replace: true })

  /** Each column's weighting of the total, by name: only shown when they differ. */
  const profileNames = model.profiles.map((id, i) => {
    const profile = fullSets[i]?.meta.weightProfiles?.find((p) => p.id === id)
    return t('compare.profileItem', {
      item: comparison.labels[i] ?? '',
      profile: profile === undefined ? words.defaultProfile : localized(profile.name),
    })
  })

  if (phase === 'loading' || !setsLoaded) return <p role="status">{t('common.loading')}</p>
  const columns = {
    labels: comparison.labels,
    differences: model.differences,
    sets: model.fullSets,
  }
  const capabilityRows = comparison.capabilities.map((row) => {
    const c = meta.capabilities.find((x) => x.id === row.id)
    return {
      ...row,
      name: c === undefined ? row.id : localized(c.name),
      row: { kind: 'capability' as const, id: row.id },
    }
  })
  const capabilityFlags = compareFlags(capabilityRows, columns)
  const dimensionRows = [
    { ...comparison.total, name: t('compare.total'), row: { kind: 'total' as const } },
    ...comparison.dimensions.map((row) => ({
      ...row,
      name: localized(row.name),
      row: { kind: 'dimension' as const, id: row.id },
    })),
  ]
  const dimensionFlags = compareFlags(dimensionRows, columns)

  return (
    <section aria-labelledby="compare-title" className="compare">
      <h1 id="compare-title">{t('compare.title')}</h1>
      <fieldset className="compare-picker">
        <legend>{t('compare.pick', { max: maxCompared })}</legend>
        {all.length === 0 && <p>{t('compare.none')}</p>}
        {all.map((a) => {
          const checked = selected.includes(a.id)
          return (
            <label key={a.id} className="choice">
              <input
                type="checkbox"
                checked={checked}
                disabled={!checked && chosen.length >= maxCompared}
                onChange={(e) => toggle(a.id, e.target.checked)}
              />{' '}
              {t('compare.itemLabel', { city: a.city, year: a.year })}
            </label>
          )
        })}
      </fieldset>
      {chosen.length < 2 ? (
        <p role="status">{t('compare.pickMore')}</p>
      ) : (
        <>
          {versionsDiffer && (
            <>
              <p className="banner warning" role="note">
                {t('compare.versionsDiffer', { versions: list(versions) })}
              </p>
              <p>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={options.shared}
                    onChange={(e) => toggleShared(e.target.checked)}
                  />{' '}
                  {t('compare.shared')}
                </label>
              </p>
              {model.subset !== null && <LeftOutNote subset={model.subset} sets={model.fullSets} />}
            </>
          )}
          {model.profilesDiffer && (
            <p className="banner warning" role="note">
              {t('compare.profilesDiffer', { profiles: list(profileNames) })}
            </p>
          )}
          <h2>{t('compare.capabilities')}</h2>
          <CompareRadar comparison={comparison} meta={meta} />
          <DeltaTable
            caption={t('compare.capabilitiesCaption')}
            labels={comparison.labels}
            rows={capabilityRows.map((row, i) => ({
              ...row,
              marks: capabilityFlags.marks[i] ?? [],
            }))}
            notes={capabilityFlags.notes}
          />
          {oneCity && (
            <>
              <h2>{t('compare.trend')}</h2>
              <TrendChart comparison={comparison} meta={meta} />
            </>
          )}
          <h2>{words.compareDimensions}</h2>
          <DeltaTable
            caption={t('compare.dimensionsCaption')}
            labels={comparison.labels}
            rows={dimensionRows.map((row, i) => ({ ...row, marks: dimensionFlags.marks[i] ?? [] }))}
            notes={dimensionFlags.notes}
          />
        </>
      )}
    </section>
  )
}
