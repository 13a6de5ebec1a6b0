import type { TFunction } from 'i18next'
import { assertNever } from '../domain/assertNever'
import type { SetFileProblem } from '../domain/indicators/setFileProblem'
import type { SetRule } from '../domain/indicators/setRule'

/**
 * Why a set file was refused, in the user's language: one sentence per problem of `parseSetFile`.
 * The text of `setsText.ts` must have been added first. Values from the file arrive as excerpts
 * and paths as short JSON paths (`setFileProblem.ts`); the result is plain text for a text node,
 * never HTML.
 */
export const describeSetProblem = (problem: SetFileProblem, t: TFunction): string => {
  switch (problem.code) {
    case 'too-large':
      return t('sets.problem.too-large', {
        size: megabytes(problem.bytes),
        maxMb: megabytes(problem.maxBytes),
      })
    case 'bad-encoding':
      return t('sets.problem.bad-encoding', { offset: problem.offset, line: problem.line })
    case 'not-json':
      return problem.line === null
        ? t('sets.problem.not-json-unknown')
        : t('sets.problem.not-json', { line: problem.line, column: problem.column })
    case 'empty':
    case 'not-an-object':
      return t(`sets.problem.${problem.code}`)
    case 'forbidden-key':
    case 'unknown-key':
      return t(`sets.problem.${problem.code}`, { key: problem.key, parent: problem.parent })
    case 'wrong-kind':
      return problem.kind === null
        ? t('sets.problem.no-kind')
        : t('sets.problem.wrong-kind', { kind: problem.kind })
    case 'newer-format':
      return t('sets.problem.newer-format', {
        format: problem.format,
        supported: problem.supported,
      })
    case 'unknown-format':
      return t('sets.problem.unknown-format', { format: problem.format })
    case 'too-deep':
      return t('sets.problem.too-deep', { path: problem.path, maxDepth: problem.maxDepth })
    case 'too-many-indicators':
      return t('sets.problem.too-many-indicators', { count: problem.count, max: problem.max })
    case 'missing':
    case 'empty-text':
      return t(`sets.problem.${problem.code}`, { path: problem.path })
    case 'wrong-type':
      return t('sets.problem.wrong-type', {
        path: problem.path,
        expected: t(`sets.type.${problem.expected}`),
      })
    case 'too-long':
    case 'too-many-items':
      return t(`sets.problem.${problem.code}`, { path: problem.path, max: problem.max })
    case 'too-few-items':
      return t('sets.problem.too-few-items', { path: problem.path, min: problem.min })
    case 'wrong-item-count':
      return t('sets.problem.wrong-item-count', { path: problem.path, expected: problem.expected })
    case 'number-too-small':
      return t(problem.inclusive ? 'sets.problem.number-at-least' : 'sets.problem.number-above', {
        path: problem.path,
        min: problem.min,
      })
    case 'number-too-large':
      return t(problem.inclusive ? 'sets.problem.number-at-most' : 'sets.problem.number-below', {
        path: problem.path,
        max: problem.max,
      })
    case 'bad-format':
      return t('sets.problem.bad-format', {
        path: problem.path,
        format: t(`sets.format.${problem.format}`),
      })
    case 'not-allowed':
      return t('sets.problem.not-allowed', {
        path: problem.path,
        allowed: problem.allowed.map((value) => `“${value}”`),
      })
    case 'invalid':
      return t('sets.problem.invalid', { path: problem.path, message: problem.message })
    case 'rule': {
      const said = describeRule(problem.rule, t)
      return problem.indicator === null
        ? t('sets.at', { path: problem.path, problem: said })
        : t('sets.atIndicator', {
            indicator: problem.indicator,
            path: problem.path,
            problem: said,
          })
    }
    case 'more':
      return t('sets.problem.more', { count: problem.count })
    default:
      return assertNever(problem)
  }
}

/** Sizes in MB with one decimal, rounded up, so "too large" never reads as equal to the limit. */
const megabytes = (bytes: number): number => Math.ceil((bytes / (1024 * 1024)) * 10) / 10

/** A broken integrity rule (`checkIndicatorSet`) in the user's language, without its place. */
const describeRule = (rule: SetRule, t: TFunction): string => {
  switch (rule.code) {
    case 'source-needs-note':
      return t('sets.rule.source-needs-note', {
        source: rule.source,
        provenance: t(`sets.provenance.${rule.provenance}`),
      })
    case 'outside-range':
      return t('sets.rule.outside-range', { field: t(`sets.field.${rule.field}`) })
    default: {
      // Every other rule's values go into its sentence as they are: numbers, ids, capability codes.
      const { code, ...values } = rule
      return t(`sets.rule.${code}`, values)
    }
  }
}
