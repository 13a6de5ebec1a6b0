/**
 * Reading a set file the user chose and storing the set: the parser, the checker and the text
 * that says why a file was refused. Fetched with `import()` when a file is chosen, so none of it
 * is part of the first screen's JavaScript.
 */
import { useTranslation } from 'react-i18next'
import { builtInSetIds, type SetRef } from '../../content/defaultIndicatorSet'
import { excerpt } from '../../domain/excerpt'
import { parseSetFileBytes, setFileLimits } from '../../domain/indicators/setFile'
import type { LocalizedText } from '../../domain/indicators/schema'
import type { SetFileProblem } from '../../domain/indicators/setFileProblem'
import { describeSetProblem } from '../../i18n/describeSetProblem'
import { addSetsText } from '../../i18n/setsText'
import { useLocalized } from '../../i18n/useLocalized'
import { assessmentActions } from '../../store/appStore'
import type { ImportSetOutcome } from '../../store/setActions'

addSetsText()

/** What became of a chosen set file. */
export type SetImportResult =
  | { kind: 'refused'; problems: SetFileProblem[] }
  | {
      kind: 'stored'
      set: SetRef
      name: LocalizedText
      indicators: number
      /** False when the same set (same content) was stored already. */
      added: boolean
    }
  | { kind: 'not-stored'; outcome: Exclude<ImportSetOutcome, { ok: true }> }

/**
 * Checks the file's size before reading it, then reads it with every check of a set file
 * (`parseSetFileBytes`, the build's integrity rules included) and stores the set. Never rejects.
 */
export const importSetFile = async (file: File): Promise<SetImportResult> => {
  const maxBytes = setFileLimits.maxBytes
  if (file.size > maxBytes)
    return { kind: 'refused', problems: [{ code: 'too-large', bytes: file.size, maxBytes }] }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return { kind: 'refused', problems: [{ code: 'not-json', line: null, column: null }] }
  }
  const read = parseSetFileBytes(bytes, { builtInSetIds })
  if (!read.ok) return { kind: 'refused', problems: read.problems }
  const outcome = await assessmentActions.importSet(read.set)
  if (!outcome.ok) return { kind: 'not-stored', outcome }
  const { meta, indicators } = read.set
  return {
    kind: 'stored',
    set: outcome.set,
    name: meta.name,
    indicators: indicators.length,
    added: outcome.added,
  }
}

type ReportProps = { fileName: string; result: SetImportResult }

/** Where the import of one set file ended: stored (and chosen), or every reason it was not. */
export const SetImportReport = ({ fileName, result }: ReportProps) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const file = excerpt(fileName)
  switch (result.kind) {
    case 'stored':
      return (
        <p role="status" className="banner success">
          {t(result.added ? 'sets.import.stored' : 'sets.import.already', {
            name: localized(result.name),
            version: result.set.version,
            count: result.indicators,
          })}
        </p>
      )
    case 'refused':
      return (
        <div role="alert" className="banner error">
          <p>{t('sets.import.refused', { file, count: result.problems.length })}</p>
          <ul>
            {result.problems.map((problem, index) => (
              // A fixed list, shown once: its order is its identity.
              <li key={index}>{describeSetProblem(problem, t)}</li>
            ))}
          </ul>
        </div>
      )
    case 'not-stored': {
      const { outcome } = result
      return (
        <p role="alert" className="banner error">
          {outcome.reason === 'different-set'
            ? t('sets.import.different', { file, key: excerpt(outcome.key) })
            : outcome.reason === 'not-ready'
              ? t('sets.import.notReady', { file })
              : t('sets.import.storageFailed', { file, detail: outcome.detail })}
        </p>
      )
    }
  }
}
