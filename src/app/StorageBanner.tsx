import { useTranslation } from 'react-i18next'
import { RescueSlot } from '../features/rescue/RescueSlot'
import { useAssessments } from '../store/appStore'

/**
 * Permanent warnings about where data is kept: memory only, records that could not be read (with
 * a link to their list), and —
 * on every screen, not dismissable — writes that are failing because storage is full or gone.
 */
export const StorageBanner = () => {
  const { t } = useTranslation()
  const kind = useAssessments((s) => s.storageKind)
  const damaged = useAssessments((s) => s.damaged.length)
  const outdated = useAssessments((s) => s.outdated)
  const failing = useAssessments((s) =>
    Object.values(s.save).some(
      (state) =>
        state.status === 'error' && (state.reason === 'quota' || state.reason === 'unavailable'),
    ),
  )
  return (
    <>
      {failing && (
        <p className="banner error" role="alert">
          {t('storage.notSaving')}
        </p>
      )}
      {outdated && (
        <p className="banner error" role="alert">
          {t('storage.outdated')}{' '}
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t('errors.reload')}
          </button>
        </p>
      )}
      {kind === 'memory' && (
        <p className="banner warning" role="alert">
          {t('storage.memoryOnly')}
        </p>
      )}
      {damaged > 0 && (
        <p className="banner warning" role="alert">
          {t('storage.damaged', { count: damaged })} <RescueSlot part="showLink" />
        </p>
      )}
    </>
  )
}
