import { useTranslation } from 'react-i18next'
import { useSetWording } from '../../components/report/setWording'
import { TableScroll } from '../../components/ui/TableScroll'
import type { IndicatorSet } from '../../domain/indicators/schema'
import type { WeightProfile } from '../../domain/indicators/weightProfileSchema'
import { profileWeightRows } from '../../domain/report/profileWeights'
import { useLocalized } from '../../i18n/useLocalized'

/** One profile: its source and verification, its note, and its weights beside the set's own. */
const Profile = ({ set, profile }: { set: IndicatorSet; profile: WeightProfile }) => {
  const { t, i18n } = useTranslation()
  const localized = useLocalized()
  const { meta } = set
  const name = localized(profile.name)
  const source = meta.sources.find((s) => s.id === profile.source)
  const caption = t('methodology.profiles.caption', { profile: name })
  const nameOf = (dimensionId: string, subdimensionId: string | null) => {
    const dimension = meta.dimensions.find((d) => d.id === dimensionId)
    const sub = dimension?.subdimensions?.find((s) => s.id === subdimensionId)
    if (sub !== undefined)
      return t('methodology.profiles.subdimension', { name: `${sub.id} ${localized(sub.name)}` })
    return dimension === undefined ? dimensionId : `${dimension.id} ${localized(dimension.name)}`
  }
  // One decimal at most: a sub-dimension's own share of the total is a quotient (35 × 1/3).
  const weight = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 })
  const percent = (value: number) => `${weight.format(value)}%`
  return (
    <div className="methodology-profile">
      <h3>{name}</h3>
      <p>
        {t('methodology.profiles.source', {
          source: source === undefined ? profile.source : localized(source.title),
          verification: t(`methodology.verification.${profile.verification}`),
        })}
      </p>
      <p>{localized(profile.note)}</p>
      <TableScroll label={caption}>
        <table className="report-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('methodology.profiles.dimension')}</th>
              <th scope="col">{t('methodology.profiles.own')}</th>
              <th scope="col">{t('methodology.profiles.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {profileWeightRows(meta, profile).map((row) => (
              <tr key={row.subdimensionId ?? row.dimensionId}>
                <th scope="row">{nameOf(row.dimensionId, row.subdimensionId)}</th>
                <td className="num">{percent(row.own)}</td>
                <td className="num">
                  {row.weight === null ? t('methodology.profiles.apart') : percent(row.weight)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  )
}

/**
 * The weightings of the total a set offers besides its own weights (`meta.weightProfiles`), each
 * with its source, verification, note and weights; nothing for a set without any.
 */
export const WeightProfilesSection = ({ set }: { set: IndicatorSet }) => {
  const { t } = useTranslation()
  const words = useSetWording([set])
  const profiles = set.meta.weightProfiles ?? []
  if (profiles.length === 0) return null
  return (
    <section aria-labelledby="method-profiles">
      <h2 id="method-profiles">{t('methodology.profiles.heading')}</h2>
      <p>{t('methodology.profiles.intro', { default: words.defaultProfile })}</p>
      <p>{t('methodology.profiles.rule')}</p>
      {profiles.map((profile) => (
        <Profile key={profile.id} set={set} profile={profile} />
      ))}
    </section>
  )
}
