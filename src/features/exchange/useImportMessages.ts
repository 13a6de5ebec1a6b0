import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportProblem } from '../../domain/exchange/importFile'
import type { ImportOutcome } from '../../store/exchangeActions'

/** Translated text for an import problem (why a file was refused) and for a failed import. */
export const useImportMessages = () => {
  const { t, i18n } = useTranslation()
  /** Sizes in MiB, one decimal, in the user's number format (rounded up so "too large" never reads as equal). */
  const megabytes = useCallback(
    (bytes: number) =>
      new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(
        Math.ceil((bytes / (1024 * 1024)) * 10) / 10,
      ),
    [i18n.language],
  )

  const problemText = useCallback(
    (problem: ImportProblem): string => {
      switch (problem.kind) {
        case 'too-large':
          return t('exchange.problem.too-large', {
            size: megabytes(problem.bytes),
            maxMb: megabytes(problem.maxBytes),
          })
        case 'not-json':
          return problem.line === null
            ? t('exchange.problem.not-json-unknown')
            : t('exchange.problem.not-json', { line: problem.line, column: problem.column })
        case 'wrong-format':
          return problem.format === null
            ? t('exchange.problem.no-format')
            : t('exchange.problem.wrong-format', { format: problem.format })
        case 'empty':
        case 'not-an-object':
          return t(`exchange.problem.${problem.kind}`)
        case 'newer-version':
          return t('exchange.problem.newer-version', {
            version: problem.version,
            supported: problem.supported,
          })
        case 'unknown-version':
          return t('exchange.problem.unknown-version', { version: problem.version })
        case 'forbidden-key':
        case 'unknown-key':
          return t(`exchange.problem.${problem.kind}`, { key: problem.key, path: problem.path })
        case 'too-many':
          return t('exchange.problem.too-many', { count: problem.count, max: problem.max })
        case 'too-long':
          return t('exchange.problem.too-long', { path: problem.path, max: problem.max })
        case 'bad-indicator-id':
        case 'duplicate-id':
          return t(`exchange.problem.${problem.kind}`, { id: problem.id, path: problem.path })
        case 'duplicate-city-year':
          return t('exchange.problem.duplicate-city-year', {
            city: problem.city,
            year: problem.year,
            path: problem.path,
          })
        case 'invalid':
          return t('exchange.problem.invalid', { path: problem.path, message: problem.message })
      }
    },
    [t, megabytes],
  )

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
          return t(`exchange.outcome.${outcome.reason}`, { id: outcome.id })
        case 'quota':
        case 'unavailable':
        case 'code-unavailable':
          return t(`exchange.outcome.${outcome.reason}`)
        case 'failed':
        case 'invalid':
          return t(`exchange.outcome.${outcome.reason}`, { detail: outcome.detail })
      }
    },
    [t],
  )

  return { problemText, outcomeText }
}
