import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadBlob, jsonBlob } from '../../components/ui/download'
import { defaultIndicatorSet, loadIndicatorText } from '../../content/defaultIndicatorSet'
import { serialiseSetFile } from '../../domain/indicators/setFile'

/** Published next to /export.schema.json (npm run sets:schema). */
const schemaPath = '/indicator-set.schema.json'

/**
 * The built-in set as one file (the set-file format, described by /indicator-set.schema.json): a
 * starting point for a province's or a district's own set. Both languages' texts are loaded first,
 * since a set file carries both whatever the interface language.
 */
export const SetFileSection = () => {
  const { t } = useTranslation()
  const [failed, setFailed] = useState(false)
  const { meta } = defaultIndicatorSet()
  const download = async () => {
    try {
      await Promise.all([
        loadIndicatorText('zh-CN', ['details']),
        loadIndicatorText('en', ['details']),
      ])
      setFailed(false)
      downloadBlob(
        jsonBlob(serialiseSetFile(defaultIndicatorSet())),
        `${meta.setId}-${meta.version}.json`,
      )
    } catch {
      setFailed(true)
    }
  }
  return (
    <section aria-labelledby="method-set-file">
      <h2 id="method-set-file">{t('methodology.setFile.heading')}</h2>
      <p>{t('methodology.setFile.intro')}</p>
      <p>
        <button type="button" className="button secondary" onClick={() => void download()}>
          {t('methodology.setFile.download', { setId: meta.setId, version: meta.version })}
        </button>
      </p>
      <p className="hint">
        {t('methodology.setFile.schema')} <a href={schemaPath}>{schemaPath.slice(1)}</a>
      </p>
      {failed && <p role="alert">{t('methodology.setFile.failed')}</p>}
    </section>
  )
}
