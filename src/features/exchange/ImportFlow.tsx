import { useRef, useState, type ChangeEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import { importLimits, parseImport } from '../../domain/exchange/importFile'
import type { ImportChoice, ImportSummary, PlanEntry } from '../../domain/exchange/planImport'
import { assessmentActions } from '../../store/appStore'
import { CollisionDialog } from './CollisionDialog'
import { ImportSummaryText } from './ImportSummaryText'
import { useImportMessages } from './useImportMessages'

type Step =
  | { step: 'idle' }
  | { step: 'reading'; file: string }
  | { step: 'refused'; file: string; reason: string }
  | {
      step: 'choose'
      incoming: Assessment[]
      collisions: PlanEntry[]
      newCount: number
      choices: ReadonlyMap<string, ImportChoice>
      busy: boolean
      error: string | null
    }
  | { step: 'done'; summary: ImportSummary; backedUp: number }

/** Nothing is overwritten by default: every collision starts as "skip". */
const initialChoices = (collisions: readonly PlanEntry[]) =>
  new Map<string, ImportChoice>(collisions.map((e) => [e.incoming.id, 'skip']))

/**
 * "Import…": a .json file is size-checked before it is read (ASVS 5.2.1), parsed strictly, and
 * then either added at once (no collisions) or shown in the collision dialog. Every refusal names
 * the reason and where in the file it is; nothing is written on a refusal.
 */
export const ImportFlow = () => {
  const { t } = useTranslation()
  const { problemText, outcomeText } = useImportMessages()
  const input = useRef<HTMLInputElement>(null)
  const [state, setState] = useState<Step>({ step: 'idle' })

  const apply = async (incoming: Assessment[], choices: ReadonlyMap<string, ImportChoice>) => {
    const outcome = await assessmentActions.importAssessments(incoming, choices)
    if (outcome.ok) {
      setState({ step: 'done', summary: outcome.summary, backedUp: outcome.backedUp })
      return null
    }
    return outcomeText(outcome)
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Reset so that choosing the same file again (after fixing it) triggers another change.
    event.target.value = ''
    if (file === undefined) return
    const refuse = (reason: string) => setState({ step: 'refused', file: file.name, reason })
    if (file.size > importLimits.maxBytes) {
      refuse(problemText({ kind: 'too-large', bytes: file.size, maxBytes: importLimits.maxBytes }))
      return
    }
    setState({ step: 'reading', file: file.name })
    let text: string
    try {
      text = await file.text()
    } catch {
      refuse(t('exchange.problem.not-json-unknown'))
      return
    }
    const parsed = parseImport(text)
    if (!parsed.ok) {
      refuse(problemText(parsed.problem))
      return
    }
    const plan = await assessmentActions.planImport(parsed.assessments)
    const collisions = plan.filter((e) => e.collision.kind !== 'new')
    if (collisions.length === 0) {
      const error = await apply(parsed.assessments, new Map())
      if (error !== null) refuse(error)
      return
    }
    setState({
      step: 'choose',
      incoming: parsed.assessments,
      collisions,
      newCount: plan.length - collisions.length,
      choices: initialChoices(collisions),
      busy: false,
      error: null,
    })
  }

  const confirm = async () => {
    if (state.step !== 'choose') return
    setState({ ...state, busy: true, error: null })
    const error = await apply(state.incoming, state.choices)
    if (error !== null) setState({ ...state, busy: false, error })
  }

  return (
    <div className="exchange-import">
      <button type="button" className="button secondary" onClick={() => input.current?.click()}>
        {t('exchange.import.button')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        aria-label={t('exchange.import.inputLabel')}
        className="visually-hidden"
        tabIndex={-1}
        onChange={(e) => void onFile(e)}
      />
      <p className="hint">
        {t('exchange.import.help', {
          maxMb: importLimits.maxBytes / (1024 * 1024),
          max: importLimits.maxAssessments,
        })}
      </p>
      {state.step === 'reading' && (
        <p role="status">{t('exchange.import.reading', { file: state.file })}</p>
      )}
      {state.step === 'refused' && (
        <div role="alert" className="banner error">
          <p>{t('exchange.import.failed', { file: state.file, reason: state.reason })}</p>
          <p>{t('exchange.import.unchanged')}</p>
        </div>
      )}
      {state.step === 'choose' && (
        <CollisionDialog
          collisions={state.collisions}
          newCount={state.newCount}
          choices={state.choices}
          busy={state.busy}
          error={state.error}
          onChoose={(id, choice) =>
            setState((s) =>
              s.step === 'choose' ? { ...s, choices: new Map(s.choices).set(id, choice) } : s,
            )
          }
          onConfirm={() => void confirm()}
          onCancel={() => setState({ step: 'idle' })}
        />
      )}
      {state.step === 'done' && (
        <ImportSummaryText summary={state.summary} backedUp={state.backedUp} />
      )}
    </div>
  )
}
