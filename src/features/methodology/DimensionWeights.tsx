import { useTranslation } from 'react-i18next'
import type { MetaFile } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { TableScroll } from '../../components/ui/TableScroll'

/** Section 9: the set's dimensions with their weights, weight basis and verification. */
export const DimensionWeights = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  return (
    <section aria-labelledby="method-dimensions">
      <h2 id="method-dimensions">{t('methodology.dimensions.heading')}</h2>
      <TableScroll label={t('methodology.dimensions.caption')}>
        <table className="report-table">
          <caption>{t('methodology.dimensions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('methodology.dimensions.dimension')}</th>
              <th scope="col">{t('methodology.dimensions.weight')}</th>
              <th scope="col">{t('methodology.dimensions.basis')}</th>
              <th scope="col">{t('methodology.dimensions.verification')}</th>
              <th scope="col">{t('methodology.dimensions.note')}</th>
            </tr>
          </thead>
          <tbody>
            {meta.dimensions.map((d) => (
              <tr key={d.id}>
                <th scope="row">
                  {d.id} {localized(d.name)}
                </th>
                <td className="num">{format.number(d.weight)}%</td>
                <td>{t(`methodology.weightSource.${d.weightSource}`)}</td>
                <td>{t(`methodology.verification.${d.weightVerification}`)}</td>
                <td>{d.note === undefined ? '—' : localized(d.note)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
