import { useTranslation } from 'react-i18next'
import { LevelLabel } from '../ui/LevelLabel'
import type { Dimension, IndicatorSet } from '../../domain/indicators/schema'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { TableScroll } from '../ui/TableScroll'
import { useSetWording } from './setWording'

type Props = { score: AssessmentScore; set: IndicatorSet }

/**
 * Dimension scores with the weight used, its basis and verification, its share of the total and
 * contribution; the footer row is the total weighted by the set's dimension weights or by the
 * chosen weight profile. A dimension the profile reports apart shows its score without weight,
 * share or contribution, and a note under the table says why.
 */
export const DimensionTable = ({ score, set }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const words = useSetWording([set], score.weighting.profileId)
  const profile = set.meta.weightProfiles?.find((p) => p.id === score.weighting.profileId)
  const { total } = score
  const apart = score.dimensions.filter((d) => d.apart)
  const dimensionName = (id: string) => {
    const meta = set.meta.dimensions.find((m) => m.id === id)
    return meta === undefined ? id : localized(meta.name)
  }
  const basis = (meta: Dimension | undefined) => {
    if (profile !== undefined)
      return t('results.weighting.basis', {
        verification: t(`methodology.verification.${profile.verification}`),
      })
    return meta === undefined
      ? '—'
      : t('results.dimensions.basisValue', {
          source: words.weightSource(meta.weightSource),
          verification: t(`methodology.verification.${meta.weightVerification}`),
        })
  }
  return (
    <>
      <TableScroll label={words.dimensionsCaption}>
        <table className="report-table">
          <caption>{words.dimensionsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.dimensions.dimension')}</th>
              <th scope="col">{t('results.dimensions.weight')}</th>
              <th scope="col">{t('results.dimensions.basis')}</th>
              <th scope="col">{t('results.dimensions.share')}</th>
              <th scope="col">{t('results.dimensions.score')}</th>
              <th scope="col">{t('results.dimensions.level')}</th>
              <th scope="col">{t('results.dimensions.coverage')}</th>
              <th scope="col">{t('results.dimensions.naCount')}</th>
              <th scope="col">{t('results.dimensions.contribution')}</th>
            </tr>
          </thead>
          <tbody>
            {score.dimensions.map((d) => {
              const meta = set.meta.dimensions.find((m) => m.id === d.dimensionId)
              const share = total.contributions.find((c) => c.dimensionId === d.dimensionId)
              return (
                <tr key={d.dimensionId}>
                  <th scope="row">
                    <span className="muted">{d.dimensionId}</span>{' '}
                    {meta === undefined ? null : localized(meta.name)}
                  </th>
                  <td className="num">
                    {d.apart ? t('results.weighting.apartWeight') : `${format.number(d.weight)}%`}
                  </td>
                  <td>{d.apart ? '—' : basis(meta)}</td>
                  <td className="num">{share === undefined ? '—' : format.percent(share.share)}</td>
                  <td className="num">
                    {d.score === null ? t('results.notScored') : format.score(d.score)}
                  </td>
                  <td>
                    <LevelLabel level={d.level} />
                  </td>
                  <td className="num">{d.coverage === null ? '—' : format.percent(d.coverage)}</td>
                  <td className="num">{format.number(d.counts.na)}</td>
                  <td className="num">
                    {share === undefined ? '—' : format.score(share.contribution)}
                  </td>
                </tr>
              )
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('results.dimensions.total')}
              </th>
              <td className="num">
                {total.score === null ? t('results.notScored') : format.score(total.score)}
              </td>
              <td>
                <LevelLabel level={total.level} />
              </td>
              <td className="num">
                {total.coverage === null ? '—' : format.percent(total.coverage)}
              </td>
              <td />
              <td />
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {apart.map((d) => (
        <p key={d.dimensionId} className="report-note">
          {words.apartNote(dimensionName(d.dimensionId))}
        </p>
      ))}
    </>
  )
}
