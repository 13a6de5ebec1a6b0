import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { downloadBlob, jsonBlob } from '../../components/ui/download'
import { isCustomSet, loadSets, setFor } from '../../content/defaultIndicatorSet'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { serialiseSetFile } from '../../domain/indicators/setFile'
import { refOf } from './useDescribedSet'

/** Published next to /export.schema.json (npm run sets:schema). */
const schemaPath = '/indicator-set.schema.json'

/**
 * The described set as one file (the set-file format, described by /indicator-set.schema.json): a
 * built-in set as a starting point for a province's or a district's own set; a set brought by the
 * user to share it with other offices. Both languages' texts are loaded first, since a set file
 * carries both whatever the interface language (a set brought by the user already has them).
 */
export const SetFileSection = ({ set }: { set: IndicatorSet }) => {
  const { t } = useTranslation()
  const [failed, setFailed] = useState(false)
  const ref = refOf(set)
  const custom = isCustomSet(ref)
  const download = async () => {
    try {
      await Promise.all([loadSets([ref], 'zh-CN', ['details']), loadSets([ref], 'en', ['details'])])
      const complete = setFor(ref)
      if (complete === null) throw new Error(`${ref.setId}@${ref.version} is not loaded`)
      setFailed(false)
      downloadBlob(jsonBlob(serialiseSetFile(complete)), `${ref.setId}-${ref.version}.json`)
    } catch {
      setFailed(true)
    }
  }
  return (
    <section aria-labelledby="method-set-file">
      <h2 id="method-set-file">{t('methodology.setFile.heading')}</h2>
      <p>{custom ? t('methodology.setFile.shareIntro') : t('methodology.setFile.intro')}</p>
      <p>
        <button type="button" className="button secondary" onClick={() => void download()}>
          {custom
            ? t('methodology.setFile.share')
            : t('methodology.setFile.download', { setId: ref.setId, version: ref.version })}
        </button>
      </p>
      <p className="hint">
        {t('methodology.setFile.schema')} <a href={schemaPath}>{schemaPath.slice(1)}</a>
      </p>
      {failed && <p role="alert">{t('methodology.setFile.failed')}</p>}
    </section>
  )
}
