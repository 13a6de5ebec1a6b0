import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { MergeOutcome, UndoMergeOutcome } from '../../store/mergeReturn'
import { useReturnProblemText } from './useReturnProblemText'

type Refusal = Exclude<
  MergeOutcome<unknown> | UndoMergeOutcome,
  { ok: true } | { reason: 'replanned' }
>

/** Why a merge or its undo wrote nothing, in words. */
export const useMergeOutcomeText = () => {
  const { t } = useTranslation()
  const { mismatchText } = useReturnProblemText()
  return useCallback(
    (outcome: Refusal): string => {
      switch (outcome.reason) {
        case 'open-elsewhere':
        case 'outdated':
        case 'not-found':
        case 'not-ready':
        case 'unsaved-changes':
          return t(`merge.outcome.${outcome.reason}`)
        case 'mismatch':
          return mismatchText(outcome.problem)
        default:
          return t('merge.outcome.failed', {
            detail: 'detail' in outcome ? outcome.detail : outcome.reason,
          })
      }
    },
    [t, mismatchText],
  )
}
