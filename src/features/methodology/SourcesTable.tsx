import { useTranslation } from 'react-i18next'
import type { MetaFile } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { TableScroll } from '../../components/ui/TableScroll'

/** Section 10: every source of the set with its verification tag and what is (not) verified. */
export const SourcesTable = ({ meta }: { meta: MetaFile }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  return (
    <section aria-labelledby="method-sources">
      <h2 id="method-sources">{t('methodology.sources.heading')}</h2>
      <p>{t('methodology.sources.intro')}</p>
      <TableScroll label={t('methodology.sources.caption')}>
        <table className="report-table">
          <caption>{t('methodology.sources.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('methodology.sources.title')}</th>
              <th scope="col">{t('methodology.sources.id')}</th>
              <th scope="col">{t('methodology.sources.verification')}</th>
              <th scope="col">{t('methodology.sources.note')}</th>
            </tr>
          </thead>
          <tbody>
            {meta.sources.map((source) => (
              <tr key={source.id}>
                <th scope="row">{localized(source.title)}</th>
                <td>{source.id}</td>
                <td>
                  <span className={`verification verification-${source.verification}`}>
                    {t(`methodology.verification.${source.verification}`)}
                  </span>
                </td>
                <td>{localized(source.note)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
