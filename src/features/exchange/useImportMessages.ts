import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemText } from '../../components/ui/useProblemText'
import { excerpt } from '../../domain/excerpt'
import type { ImportOutcome } from '../../store/exchangeActions'

/**
 * Translated text for an import problem (why a file was refused) and each answer problem it lists
 * (`useProblemText`), and for a failed import. Ids in an outcome are cut here.
 */
export const useImportMessages = () => {
  const { t } = useTranslation()
  const { problemText, issueText } = useProblemText()

  const outcomeText = useCallback(
    (outcome: Exclude<ImportOutcome, { ok: true }>): string => {
      switch (outcome.reason) {
        case 'not-ready':
          return t('exchange.outcome.not-ready')
        case 'missing-choice':
        case 'invalid-choice':
        case 'unsaved-changes':
          return t(`exchange.outcome.${outcome.reason}`)
        case 'conflict':
        case 'blocked':
          return t(`exchange.outcome.${outcome.reason}`, { id: excerpt(outcome.id) })
        case 'quota':
        case 'unavailable':
        case 'code-unavailable':
          return t(`exchange.outcome.${outcome.reason}`)
        case 'failed':
        case 'invalid':
          return t(`exchange.outcome.${outcome.reason}`, { detail: outcome.detail })
        case 'different-set':
          return t('sets.outcome.different-set', { key: excerpt(outcome.key) })
      }
    },
    [t],
  )

  return { problemText, issueText, outcomeText }
}
