import { useTranslation } from 'react-i18next'
import type { ImportSummary } from '../../domain/exchange/planImport'

/** What an import did, announced to screen readers. */
export const ImportSummaryText = ({
  summary,
  backedUp,
}: {
  summary: ImportSummary
  backedUp: number
}) => {
  const { t } = useTranslation()
  return (
    <div role="status" className="banner info">
      <p>
        <strong>{t('exchange.summary.title')}</strong>
      </p>
      <ul>
        <li>{t('exchange.summary.added', { count: summary.added })}</li>
        <li>{t('exchange.summary.replaced', { count: summary.replaced })}</li>
        <li>{t('exchange.summary.keptBoth', { count: summary.keptBoth })}</li>
        <li>{t('exchange.summary.skipped', { count: summary.skipped })}</li>
      </ul>
      {backedUp > 0 && <p>{t('exchange.summary.backup', { count: backedUp })}</p>}
    </div>
  )
}
