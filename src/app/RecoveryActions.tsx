import { useTranslation } from 'react-i18next'
import { downloadBlob, jsonBlob } from '../components/ui/download'
import { readAllRaw } from '../storage/localData'

/** Everything stored on this device as it is on disk (read past the store), saved as a file. */
const downloadRawData = async () => {
  const raw = await readAllRaw()
  downloadBlob(
    jsonBlob(JSON.stringify(raw, null, 2)),
    `smart-city-raw-data-${new Date().toISOString().slice(0, 10)}.json`,
  )
}

/**
 * The way out of a broken screen: download the raw stored data, then reload. Neither writes or
 * clears anything, so they are safe whatever went wrong.
 */
export const RecoveryActions = () => {
  const { t } = useTranslation()
  return (
    <p>
      <button type="button" className="button" onClick={() => void downloadRawData()}>
        {t('errors.downloadRaw')}
      </button>{' '}
      <button type="button" className="button secondary" onClick={() => window.location.reload()}>
        {t('errors.reload')}
      </button>
    </p>
  )
}
