import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import type { ResponseSaveState } from './responseSaver'

/** Saving / saved at hh:mm / not saved and why — always visible, errors announced assertively. */
export const ResponseSaveStatus = ({ state }: { state: ResponseSaveState }) => {
  const { t } = useTranslation()
  const format = useFormat()
  if (state.status === 'error')
    return (
      <p className="save-status error" role="alert">
        {t(`workspace.save.error.${state.reason}`)}
      </p>
    )
  const text =
    state.status === 'saved'
      ? t('workspace.save.savedAt', { time: format.time(state.at) })
      : state.status === 'unchanged'
        ? t('workspace.save.unchanged')
        : t('workspace.save.saving')
  return (
    <p className="save-status" role="status" data-state={state.status}>
      {text}
    </p>
  )
}
