import { useTranslation } from 'react-i18next'
import { useAssessments } from '../../store/appStore'

/** Permanent warnings about where data is kept: memory only, or records that could not be read. */
export const StorageBanner = () => {
  const { t } = useTranslation()
  const kind = useAssessments((s) => s.storageKind)
  const damaged = useAssessments((s) => s.damaged.length)
  return (
    <>
      {kind === 'memory' && (
        <p className="banner warning" role="alert">
          {t('storage.memoryOnly')}
        </p>
      )}
      {damaged > 0 && (
        <p className="banner warning" role="alert">
          {t('storage.damaged', { count: damaged })}
        </p>
      )}
    </>
  )
}
