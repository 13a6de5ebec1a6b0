import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { assertNever } from '../../domain/assertNever'
import type {
  DepartmentFileProblem,
  FileSetProblem,
} from '../../domain/departments/readDepartmentFile'
import type { StorageFailure } from '../../storage/storageErrors'

/** Sizes in MiB with one decimal, rounded up so "too large" never reads as equal. */
const megabytes = (bytes: number, language: string) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(
    Math.ceil((bytes / (1024 * 1024)) * 10) / 10,
  )

/**
 * Why a package file was not opened, in words. Values from the file arrive as excerpts. The
 * problems an assessment import also has use the import's words (`importCheck.problem.*`, in the
 * report screens' text, which the packages screen loads); those of department files are its own.
 */
export const usePackageProblemText = () => {
  const { t, i18n } = useTranslation()
  return useCallback(
    (problem: DepartmentFileProblem | FileSetProblem): string => {
      switch (problem.kind) {
        case 'too-large':
          return t('importCheck.problem.too-large', {
            size: megabytes(problem.bytes, i18n.language),
            maxMb: megabytes(problem.maxBytes, i18n.language),
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
        case 'empty':
          return t('importCheck.problem.empty')
        case 'not-an-object':
          return t('workspace.problem.not-an-object')
        case 'forbidden-key':
        case 'unknown-key':
          return t(`importCheck.problem.${problem.kind}`, {
            key: problem.key,
            parent: problem.parent,
          })
        case 'wrong-format':
          return problem.format === null
            ? t('workspace.problem.no-format')
            : t('workspace.problem.wrong-format', { format: problem.format })
        case 'other-kind':
          return t(`workspace.problem.other-kind.${problem.found}`)
        case 'newer-version':
          return t('importCheck.problem.newer-version', {
            version: problem.version,
            supported: problem.supported,
          })
        case 'unknown-version':
          return t('importCheck.problem.unknown-version', { version: problem.version })
        case 'too-long':
          return t('importCheck.problem.too-long', { path: problem.path, max: problem.max })
        case 'bad-indicator-id':
          return t('importCheck.problem.bad-indicator-id', {
            id: problem.id,
            parent: problem.parent,
          })
        case 'invalid':
          return t('importCheck.problem.invalid', { path: problem.path, message: problem.message })
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
    [t, i18n.language],
  )
}

/** A storage failure, in words (a sentence). */
export const useStorageFailureText = () => {
  const { t } = useTranslation()
  return useCallback((reason: StorageFailure) => t(`workspace.storage.${reason}`), [t])
}
