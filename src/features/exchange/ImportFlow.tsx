import { useRef, useState, type ChangeEvent, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { excerpt } from '../../domain/excerpt'
import { importLimits } from '../../domain/exchange/importLimits'
import { loadLocale } from '../../i18n/i18n'
import type { ImportSession } from './ImportSession'
import type { ImportStart } from './startImport'
import { loadChunk } from './loadChunk'

type Step =
  | { step: 'idle' }
  | { step: 'checking'; file: File }
  | { step: 'unavailable'; file: File }
  | {
      step: 'started'
      file: File
      start: ImportStart
      Session: typeof ImportSession
      /** A fresh session (fresh choices) for every file chosen. */
      run: number
    }

/**
 * "Import…": the button, the file input and the limits, which the home page shows at once. The
 * code that reads and checks a file, and the text that says why a file was refused, are fetched
 * only when one is chosen (see `ImportSession`);
 * until it arrives the file is kept and "Checking…" shown, and if it cannot be fetched the file
 * stays chosen so that "Try again" needs no second trip through the file picker.
 *
 * Two parts, so the panel can lay them out: `button` goes in the row of actions beside "Export
 * all"; `details` (the hidden file input the button opens, the limits, then where the import
 * stands) below it.
 */
export const useImportFlow = (): { button: ReactNode; details: ReactNode } => {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  /** Counts the files chosen: a check whose number is no longer the last is out of date. */
  const runs = useRef(0)
  const [state, setState] = useState<Step>({ step: 'idle' })

  // The last file chosen wins: a file's check can end after a later file's (a larger file, or the
  // checking code still on its way), and its result must then be neither shown nor acted on.
  const check = async (file: File) => {
    const run = ++runs.current
    const stale = () => run !== runs.current
    setState({ step: 'checking', file })
    const chunk = await loadChunk(() =>
      Promise.all([import('./ImportSession'), loadLocale(['report'])]).then(([module]) => module),
    )
    if (stale()) return
    if (!chunk.ok) {
      setState({ step: 'unavailable', file })
      return
    }
    const start = await chunk.module.startImport(file, stale)
    if (start === null || stale()) return
    setState({ step: 'started', file, start, Session: chunk.module.ImportSession, run })
  }

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Reset so that choosing the same file again (after fixing it) triggers another change.
    event.target.value = ''
    if (file !== undefined) void check(file)
  }

  const button = (
    <button type="button" className="button secondary" onClick={() => input.current?.click()}>
      {t('exchange.import.button')}
    </button>
  )
  const details = (
    <div className="exchange-import">
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.zip,application/zip"
        aria-label={t('exchange.import.inputLabel')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={onFile}
      />
      <p className="hint">
        {t('exchange.import.help', {
          maxMb: importLimits.maxBytes / (1024 * 1024),
          max: importLimits.maxAssessments,
        })}
      </p>
      {state.step === 'checking' && (
        <p role="status">{t('exchange.import.reading', { file: excerpt(state.file.name) })}</p>
      )}
      {state.step === 'unavailable' && (
        <div role="alert" className="banner error">
          <p>
            {t('exchange.import.failed', {
              file: excerpt(state.file.name),
              reason: t('exchange.import.codeUnavailable'),
            })}
          </p>
          <p>{t('exchange.import.unchanged')}</p>
          <p>{t('exchange.import.stillSelected')}</p>
          <button type="button" className="button" onClick={() => void check(state.file)}>
            {t('exchange.import.retry')}
          </button>
        </div>
      )}
      {state.step === 'started' && (
        <state.Session
          key={state.run}
          fileName={state.file.name}
          start={state.start}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
    </div>
  )
  return { button, details }
}
