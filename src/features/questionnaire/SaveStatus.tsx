import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import { useAssessments } from '../../store/appStore'

/** Saving / saved at hh:mm / not saved and why — always visible, announced politely (errors assertively). */
export const SaveStatus = ({ id }: { id: string }) => {
  const { t } = useTranslation()
  const format = useFormat()
  const state = useAssessments((s) => s.save[id])
  const updatedAt = useAssessments((s) => s.byId[id]?.updatedAt)
  if (state?.status === 'error') {
    return (
      <p className="save-status error" role="alert">
        {t(`save.error.${state.reason}`)}
      </p>
    )
  }
  const text =
    state === undefined
      ? t('save.savedAt', { time: updatedAt === undefined ? '—' : format.time(updatedAt) })
      : state.status === 'saved'
        ? t('save.savedAt', { time: format.time(state.at) })
        : t('save.saving')
  return (
    <p className="save-status" role="status" data-state={state?.status ?? 'saved'}>
      {text}
    </p>
  )
}
