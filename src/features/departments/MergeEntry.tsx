import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useFileSize } from '../../components/answering/fileSize'
import { AnswerSummary } from '../../components/report/AnswerSummary'
import type { Answer } from '../../domain/assessment/answer'
import { showInvisibleControls } from '../../domain/assessment/evidence'
import type { ReturnedAnswer } from '../../domain/departments/mergeReturn'
import type { Indicator } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'

type Props = {
  entry: ReturnedAnswer
  indicator: Indicator
  /** Whether the returned answer is accepted (ignored for `same`). */
  accepted: boolean
  onDecide: (accept: boolean) => void
  /** Merging a whole assessment: there is no package, so a conflict is any difference. */
  whole: boolean
}

/** An answer's evidence files by name (as text) and size; "no files" when `always` and none. */
const SaidFiles = ({ answer, always }: { answer: Answer | undefined; always: boolean }) => {
  const { t } = useTranslation()
  const size = useFileSize()
  const files = answer?.files ?? []
  if (files.length === 0)
    return always ? <div className="merge-files muted">{t('zipReturn.noFiles')}</div> : null
  return (
    <div className="merge-files">
      {t('zipReturn.files')}
      <ul>
        {files.map((f) => (
          <li key={f.sha256}>
            {showInvisibleControls(f.name)} <span className="muted">({size(f.size)})</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

const Said = ({
  indicator,
  answer,
  filesShown,
}: {
  indicator: Indicator
  answer: Answer | undefined
  /** Whether either side attaches files: then both sides say theirs. */
  filesShown: boolean
}) => {
  const { t } = useTranslation()
  const note = answer?.note?.trim() ?? ''
  return (
    <>
      <AnswerSummary indicator={indicator} answer={answer} />
      {note !== '' && <span className="merge-note">{t('merge.note', { note })}</span>}
      <SaidFiles answer={answer} always={filesShown} />
    </>
  )
}

/**
 * One returned answer: the indicator, what kind of change it is, the answer here and the returned
 * one side by side, and "accept" or "keep" (none for an answer that says the same).
 */
export const MergeEntry = ({ entry, indicator, accepted, onDecide, whole }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const titleId = useId()
  const filesShown =
    (entry.current?.files?.length ?? 0) > 0 || (entry.returned.files?.length ?? 0) > 0
  const help =
    whole && entry.kind === 'conflict'
      ? t('merge.conflictWhole')
      : t(`merge.kindHelp.${entry.kind}`)
  return (
    <section className={`merge-entry merge-${entry.kind}`} aria-labelledby={titleId}>
      <h3 id={titleId}>
        <span className="muted">{indicator.id}</span> {localized(indicator.name)}
      </h3>
      <p>
        <strong className="merge-kind">{t(`merge.kind.${entry.kind}`)}</strong> {help}
      </p>
      <dl className="merge-sides">
        <div>
          <dt>{t('merge.current')}</dt>
          <dd>
            <Said indicator={indicator} answer={entry.current} filesShown={filesShown} />
          </dd>
        </div>
        <div>
          <dt>{t('merge.returned')}</dt>
          <dd>
            <Said indicator={indicator} answer={entry.returned} filesShown={filesShown} />
          </dd>
        </div>
      </dl>
      {entry.kind !== 'same' && (
        <fieldset className="merge-decision">
          <legend className="visually-hidden">
            {t('merge.decision.legend')} {indicator.id}
          </legend>
          <label className="choice">
            <input
              type="radio"
              name={`decide-${entry.indicatorId}`}
              checked={accepted}
              onChange={() => onDecide(true)}
            />{' '}
            {t('merge.decision.accept')}
          </label>
          <label className="choice">
            <input
              type="radio"
              name={`decide-${entry.indicatorId}`}
              checked={!accepted}
              onChange={() => onDecide(false)}
            />{' '}
            {t('merge.decision.keep')}
          </label>
        </fieldset>
      )}
    </section>
  )
}
