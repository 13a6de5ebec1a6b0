import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { useProblemText } from '../../components/ui/useProblemText'
import { assertNever } from '../../domain/assertNever'
import type {
  DepartmentFileProblem,
  FileSetProblem,
} from '../../domain/departments/readDepartmentFile'
import type { StorageFailure } from '../../storage/storageErrors'

/**
 * Why a package file was not opened, in words. Values from the file arrive as excerpts. The
 * problems an assessment import also has use the import's words (`useProblemText`, with the report
 * screens' text, which the packages screen loads); those of department files are its own.
 */
export const usePackageProblemText = () => {
  const { t } = useTranslation()
  const { problemText } = useProblemText()
  return useCallback(
    (problem: DepartmentFileProblem | FileSetProblem): string => {
      switch (problem.kind) {
        case 'not-an-object':
          return t('workspace.problem.not-an-object')
        case 'wrong-format':
          return problem.format === null
            ? t('workspace.problem.no-format')
            : t('workspace.problem.wrong-format', { format: problem.format })
        case 'other-kind':
          return t(`workspace.problem.other-kind.${problem.found}`)
        case 'too-large':
        case 'bad-encoding':
        case 'empty':
        case 'not-json':
        case 'forbidden-key':
        case 'newer-version':
        case 'unknown-version':
        case 'unknown-key':
        case 'too-long':
        case 'bad-indicator-id':
        case 'invalid':
          return problemText(problem)
        case 'too-deep':
          return t('workspace.problem.too-deep', { path: problem.path, max: problem.max })
        case 'duplicate-indicator':
        case 'answer-not-assigned':
          return t(`workspace.problem.${problem.kind}`, { id: problem.id })
        case 'bad-set':
          return t('workspace.problem.bad-set', {
            setId: problem.setId,
            version: problem.version,
            count: problem.count,
          })
        case 'set-mismatch':
        case 'unknown-set':
        case 'set-hash':
          return t(`workspace.problem.${problem.kind}`, {
            setId: problem.setId,
            version: problem.version,
          })
        default:
          return assertNever(problem)
      }
    },
    [t, problemText],
  )
}

/** A storage failure, in words (a sentence). */
export const useStorageFailureText = () => {
  const { t } = useTranslation()
  return useCallback((reason: StorageFailure) => t(`workspace.storage.${reason}`), [t])
}
