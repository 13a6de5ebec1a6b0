import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { ValueProblem } from '../../domain/assessment/checkAnswer'
import type { AnswerIssue } from '../../domain/exchange/importAnswers'
import type { ImportProblem } from '../../domain/exchange/importFile'

/**
 * Translated text for why an imported file was refused (an assessment import, or a department's
 * package or return, which share most of the checks and so the words), and for each answer problem
 * it lists. The words are in the `report` locale bundle (`importCheck`), which the caller loads.
 * Values from the file arrive as excerpts (see `importFile.ts`).
 *
 * The switches are exhaustive through their return type rather than `assertNever`: this module is
 * fetched with the import, and reaching a module that the screens share from here makes the
 * bundler (rolldown) move the schema library out of the first download into a chunk of its own.
 * For the same reason numbers are formatted with `Intl` here, not with `useFormat`.
 */
export const useProblemText = () => {
  const { t, i18n } = useTranslation()
  const numberFormat = useMemo(
    () => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 4 }),
    [i18n.language],
  )
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
          return t('importCheck.problem.too-large', {
            size: megabytes(problem.bytes),
            maxMb: megabytes(problem.maxBytes),
          })
        case 'bad-encoding':
          return t('importCheck.problem.bad-encoding', {
            offset: problem.offset,
            line: problem.line,
          })
        case 'not-json':
          return problem.line === null
            ? t('importCheck.problem.not-json-unknown')
            : t('importCheck.problem.not-json', { line: problem.line, column: problem.column })
        case 'wrong-format':
          return problem.format === null
            ? t('importCheck.problem.no-format')
            : t('importCheck.problem.wrong-format', { format: problem.format })
        case 'empty':
        case 'not-an-object':
        case 'department-package':
        case 'department-return':
          return t(`importCheck.problem.${problem.kind}`)
        case 'newer-version':
          return t('importCheck.problem.newer-version', {
            version: problem.version,
            supported: problem.supported,
          })
        case 'unknown-version':
          return t('importCheck.problem.unknown-version', { version: problem.version })
        case 'forbidden-key':
        case 'unknown-key':
          return t(`importCheck.problem.${problem.kind}`, {
            key: problem.key,
            parent: problem.parent,
          })
        case 'too-many':
          return t('importCheck.problem.too-many', { count: problem.count, max: problem.max })
        case 'too-long':
          return t('importCheck.problem.too-long', { path: problem.path, max: problem.max })
        case 'bad-indicator-id':
          return t('importCheck.problem.bad-indicator-id', {
            id: problem.id,
            parent: problem.parent,
          })
        case 'duplicate-id':
          return t('importCheck.problem.duplicate-id', { id: problem.id, path: problem.path })
        case 'duplicate-city-year':
          return t('importCheck.problem.duplicate-city-year', {
            city: problem.city,
            year: problem.year,
            path: problem.path,
          })
        case 'invalid':
          return t('importCheck.problem.invalid', { path: problem.path, message: problem.message })
        case 'answers':
          return t('importCheck.problem.answers', { count: problem.count })
        case 'too-many-sets':
          return t('importCheck.problem.too-many-sets', { count: problem.count, max: problem.max })
        case 'bad-set':
          return t('importCheck.problem.bad-set', {
            setId: problem.setId,
            version: problem.version,
            count: problem.count,
          })
        case 'duplicate-set':
        case 'different-set':
          return t(`importCheck.problem.${problem.kind}`, {
            setId: problem.setId,
            version: problem.version,
          })
      }
    },
    [t, megabytes],
  )

  /** What is wrong with a stored value (`checkAnswer.ts`), in words. */
  const valueText = useCallback(
    (problem: ValueProblem): string => {
      switch (problem.code) {
        case 'wrong-type':
          return t('importCheck.issue.wrong-type', {
            expected: t(`importCheck.answerType.${problem.expected}`),
          })
        case 'below-min':
          return t('importCheck.issue.below-min', {
            value: numberFormat.format(problem.measured),
            min: numberFormat.format(problem.min),
          })
        case 'above-max':
          return t('importCheck.issue.above-max', {
            value: numberFormat.format(problem.measured),
            max: numberFormat.format(problem.max),
          })
        case 'not-finite':
        case 'negative':
        case 'zero-denominator':
          return t(`importCheck.issue.${problem.code}`)
        case 'unknown-level':
          return t('importCheck.issue.unknown-level', {
            level: problem.level,
            levels: problem.levels.join(', '),
          })
        case 'unknown-option':
          return t('importCheck.issue.unknown-option', { option: problem.optionId })
      }
    },
    [t, numberFormat],
  )

  /** One listed answer problem: its JSON path, then what is wrong. */
  const issueText = useCallback(
    (issue: AnswerIssue): string => {
      const said = (): string => {
        switch (issue.kind) {
          case 'unknown-set':
          case 'unknown-indicator':
            return t(`importCheck.issue.${issue.kind}`, {
              setId: issue.setId,
              version: issue.version,
            })
          case 'not-asked':
            return t('importCheck.issue.not-asked', {
              cityLevel: t(`cityLevel.${issue.cityLevel}`),
            })
          case 'value':
            return valueText(issue.problem)
        }
      }
      return t('importCheck.issue.at', { path: issue.path, problem: said() })
    },
    [t, valueText],
  )

  return { problemText, issueText }
}
