import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { AnswerSummary } from '../../components/report/AnswerSummary'
import type { Answer } from '../../domain/assessment/answer'
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

const Said = ({ indicator, answer }: { indicator: Indicator; answer: Answer | undefined }) => {
  const { t } = useTranslation()
  const note = answer?.note?.trim() ?? ''
  return (
    <>
      <AnswerSummary indicator={indicator} answer={answer} />
      {note !== '' && <span className="merge-note">{t('merge.note', { note })}</span>}
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
            <Said indicator={indicator} answer={entry.current} />
          </dd>
        </div>
        <div>
          <dt>{t('merge.returned')}</dt>
          <dd>
            <Said indicator={indicator} answer={entry.returned} />
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
