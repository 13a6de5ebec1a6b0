import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SetRef } from '../../content/defaultIndicatorSet'
import { excerpt } from '../../domain/excerpt'
import type * as ReadSetFile from './readSetFile'
import type { SetImportReport, SetImportResult } from './readSetFile'

type Step =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'unavailable'; fileName: string }
  | { step: 'done'; fileName: string; result: SetImportResult; Report: typeof SetImportReport }

type Props = {
  /** Called with the set once it is stored (or was already), so the form can choose it. */
  onStored: (set: SetRef) => void
}

/**
 * "Import an indicator set file…": a province's, county's or park's own set, as a set file. The
 * code that reads and checks the file is fetched only when one is chosen (`readSetFile.tsx`).
 */
export const SetFileImport = ({ onStored }: Props) => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  /** Counts the files chosen: only the last one's result is shown. */
  const runs = useRef(0)
  const [state, setState] = useState<Step>({ step: 'idle' })

  const check = async (file: File) => {
    const run = ++runs.current
    setState({ step: 'checking', fileName: file.name })
    let module: typeof ReadSetFile
    try {
      module = await import('./readSetFile')
    } catch {
      if (run === runs.current) setState({ step: 'unavailable', fileName: file.name })
      return
    }
    const result = await module.importSetFile(file)
    if (run !== runs.current) return
    setState({ step: 'done', fileName: file.name, result, Report: module.SetImportReport })
    if (result.kind === 'stored') onStored(result.set)
  }

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Reset so that choosing the same file again (after fixing it) triggers another change.
    event.target.value = ''
    if (file !== undefined) void check(file)
  }

  return (
    <div className="set-import">
      <button type="button" className="button secondary" onClick={() => input.current?.click()}>
        {t('newAssessment.setImport.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('newAssessment.setImport.button')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={onFile}
      />
      <p className="hint">{t('newAssessment.setImport.hint')}</p>
      {state.step === 'checking' && (
        <p role="status">{t('exchange.import.reading', { file: excerpt(state.fileName) })}</p>
      )}
      {state.step === 'unavailable' && (
        <p role="alert" className="banner error">
          {t('exchange.import.failed', {
            file: excerpt(state.fileName),
            reason: t('exchange.import.codeUnavailable'),
          })}
        </p>
      )}
      {state.step === 'done' && <state.Report fileName={state.fileName} result={state.result} />}
    </div>
  )
}
