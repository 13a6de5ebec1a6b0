import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemText } from '../../components/ui/useProblemText'
import type { DepartmentFileProblem } from '../../domain/departments/readDepartmentFile'
import type { ReturnMismatch } from '../../domain/departments/planReturn'

/**
 * Why a return file was refused, in words: the checks it shares with an assessment import in the
 * import's words (`importCheck`, in the report bundle the merge screen loads), the others in the
 * merge screen's. Exhaustive through the return type.
 */
export const useReturnProblemText = () => {
  const { t } = useTranslation()
  const { problemText } = useProblemText()

  const fileProblemText = useCallback(
    (problem: DepartmentFileProblem): string => {
      switch (problem.kind) {
        case 'other-kind':
          return t(`merge.problem.other-kind.${problem.found}`)
        case 'too-deep':
          return t('merge.problem.too-deep', { path: problem.path, max: problem.max })
        case 'duplicate-indicator':
        case 'answer-not-assigned':
          return t(`merge.problem.${problem.kind}`, { id: problem.id })
        case 'set-mismatch':
          return t('merge.problem.set-mismatch', { setId: problem.setId, version: problem.version })
        case 'bad-set':
          return t('merge.problem.bad-set', {
            setId: problem.setId,
            version: problem.version,
            count: problem.count,
          })
        case 'wrong-format':
          return problem.format === null
            ? t('merge.problem.no-format')
            : t('merge.problem.wrong-format', { format: problem.format })
        case 'too-large':
        case 'bad-encoding':
        case 'empty':
        case 'not-json':
        case 'not-an-object':
        case 'forbidden-key':
        case 'newer-version':
        case 'unknown-version':
        case 'unknown-key':
        case 'too-long':
        case 'bad-indicator-id':
        case 'invalid':
          return problemText(problem)
      }
    },
    [t, problemText],
  )

  const mismatchText = useCallback(
    (problem: ReturnMismatch): string => {
      switch (problem.kind) {
        case 'other-city':
          return t('merge.problem.other-city', { city: problem.city, year: problem.year })
        case 'other-year':
          return t('merge.problem.other-year', { year: problem.year })
        case 'other-version':
          return t('merge.problem.other-version', {
            setId: problem.setId,
            version: problem.version,
          })
        case 'other-assessment':
        case 'unknown-package':
          return t(`merge.problem.${problem.kind}`)
        case 'answers':
          return t('merge.problem.answers', { count: problem.count })
      }
    },
    [t],
  )

  return { fileProblemText, mismatchText }
}
