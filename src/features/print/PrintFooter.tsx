import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import { appVersion } from '../../store/appStore'

/** The closing line with the generation date, so the date is on paper whatever the browser's footer. */
export const PrintFooter = ({ generatedAt }: { generatedAt: string }) => {
  const { t } = useTranslation()
  const format = useFormat()
  return (
    <footer className="print-end">
      <p>
        {t('print.footer.generated', { date: format.dateTime(generatedAt), version: appVersion })}
      </p>
      <p>{t('print.footer.end')}</p>
    </footer>
  )
}
