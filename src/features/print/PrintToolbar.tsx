import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { routes } from '../../routes/routes'

/**
 * Screen-only actions above the report (hidden on paper). Printing is the browser's own dialog,
 * where "Save as PDF" is a destination; there is no PDF library.
 *
 * Page numbers: the PDF tests get them from Chromium's footer template. A page cannot rely on
 * CSS `@page` margin boxes for them (older Chromium builds in government use ignore them, and
 * they would double the browser's own footer), so for the print dialog the hint tells the user
 * to tick the browser's "Headers and footers" option. The generation date is in the document.
 */
export const PrintToolbar = ({ assessmentId }: { assessmentId: string }) => {
  const { t } = useTranslation()
  return (
    <section className="print-toolbar" aria-label={t('print.toolbar.label')}>
      <div className="head-actions">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('print.toolbar.print')}
        </button>
        <Link href={routes.results.href(assessmentId)} className="button secondary">
          {t('print.toolbar.back')}
        </Link>
      </div>
      <p className="hint">{t('print.toolbar.hint')}</p>
    </section>
  )
}
