import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { assessmentActions, useAssessments } from '../../store/appStore'

/** How long "Undo" stays offered after a delete. */
export const undoWindowMs = 15_000

export const DeletedToast = () => {
  const { t } = useTranslation()
  const deleted = useAssessments((s) => s.lastDeleted)
  useEffect(() => {
    if (deleted === null) return
    const timer = setTimeout(() => assessmentActions.forgetDeleted(), undoWindowMs)
    return () => clearTimeout(timer)
  }, [deleted])
  if (deleted === null) return null
  return (
    <div className="toast" role="status">
      <span>{t('home.deleted', { name: `${deleted.city} ${deleted.year}` })}</span>{' '}
      <button
        type="button"
        className="button secondary"
        onClick={() => void assessmentActions.undoRemove()}
      >
        {t('common.undo')}
      </button>
    </div>
  )
}
