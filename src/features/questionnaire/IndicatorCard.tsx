import { memo, useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { AnswerForm, type ShowAnswer } from '../../components/answering/AnswerForm'
import { IndicatorText } from '../../components/answering/IndicatorText'
import type { Answer } from '../../domain/assessment/answer'
import type { CityLevel, Indicator } from '../../domain/indicators/schema'
import { assessmentActions, assessments, useAssessments } from '../../store/appStore'
import { AnswerSourceNotes, hasAnswerSource } from './AnswerSourceNotes'
// With the card's own code, not loaded after it: a files section that appeared later would move
// every card below it (layout shift) and take a card opened from the address out of view.
import { CardFiles } from './CardFiles'
import { cardElementId } from '../../components/ui/questionnaireAnchors'
import { useLocalized } from '../../i18n/useLocalized'

type Props = {
  assessmentId: string
  indicator: Indicator
  /** The assessment's city level: which KPI targets the card shows. */
  cityLevel: CityLevel
  readOnly: boolean
}

/** The answer as stored now, read when needed rather than subscribed to. */
const storedAnswer = (assessmentId: string, indicatorId: string): Answer | undefined =>
  assessments.store.getState().byId[assessmentId]?.answers[indicatorId]

type NoticeProps = { assessmentId: string; indicatorId: string; readOnly: boolean }

/**
 * "Carried over from last year — confirm", or "its definition changed in the move from version X —
 * check and confirm", while the stored answer is marked so. It subscribes to the store on its own,
 * and is mounted only where a mark can be shown (see the card), because the store calls every
 * subscriber's selector on each keystroke. Confirming clears both marks.
 */
const CarriedOverNotice = ({ assessmentId, indicatorId, readOnly }: NoticeProps) => {
  const { t } = useTranslation()
  const carriedOver = useAssessments(
    (s) => s.byId[assessmentId]?.answers[indicatorId]?.carriedOver === true,
  )
  const moved = useAssessments((s) => s.byId[assessmentId]?.answers[indicatorId]?.reviewAfterMove)
  if (!carriedOver && moved === undefined) return null
  const confirm = () => {
    const stored = storedAnswer(assessmentId, indicatorId)
    if (stored === undefined) return
    const confirmed: Answer = { ...stored, carriedOver: false }
    delete confirmed.reviewAfterMove
    assessmentActions.setAnswer(assessmentId, indicatorId, confirmed)
  }
  const text =
    moved === undefined
      ? t('questionnaire.carriedOver')
      : t(moved.cleared ? 'questionnaire.movedCleared' : 'questionnaire.moved', {
          version: moved.fromVersion,
        })
  return (
    <p className="banner info">
      {text}{' '}
      <button type="button" className="button secondary" onClick={confirm} disabled={readOnly}>
        {t('questionnaire.confirmCarriedOver')}
      </button>
    </p>
  )
}

/**
 * One indicator: its text, sources and its answer form (`AnswerForm`, which holds what is typed, so
 * typing re-renders one card, not the questionnaire). Only a valid answer reaches the store, which
 * saves it. In the writing tab the card does not subscribe to the store at all (150 subscribed
 * cards cost ~1.8 ms per keystroke at 4× CPU throttling: 242 ms over 132 keystrokes in a CPU
 * profile of npm run bench:ui). A read-only tab follows the writing tab's saves.
 */
export const IndicatorCard = memo(({ assessmentId, indicator, cityLevel, readOnly }: Props) => {
  const [initial] = useState(() => storedAnswer(assessmentId, indicator.id))
  const [sourced] = useState(() => hasAnswerSource(assessmentId, indicator.id))
  const localized = useLocalized()
  const onAnswer = useCallback(
    (answer: Answer | undefined) => {
      // The form knows nothing of attached files: they stay whatever is typed or cleared.
      const files = storedAnswer(assessmentId, indicator.id)?.files
      assessmentActions.setAnswer(
        assessmentId,
        indicator.id,
        files === undefined ? answer : { ...answer, files },
      )
    },
    [assessmentId, indicator.id],
  )
  const follow = useCallback(
    (show: ShowAnswer) => {
      // A read-only tab follows the writing tab: show what it saved.
      let shown = storedAnswer(assessmentId, indicator.id)
      show(shown)
      return assessments.store.subscribe((s) => {
        const next = s.byId[assessmentId]?.answers[indicator.id]
        if (next === shown) return
        shown = next
        show(next)
      })
    },
    [assessmentId, indicator.id],
  )
  const headingId = `${indicator.id}-title`

  return (
    <article
      id={cardElementId(indicator.id)}
      className="indicator-card"
      aria-labelledby={headingId}
    >
      <IndicatorText indicator={indicator} headingId={headingId} />
      {/* Typing replaces a carried-over answer with one that is not, and nothing in the writing
          tab marks an answer carried over, so only cards that start marked need to follow it. */}
      {(readOnly || initial?.carriedOver === true || initial?.reviewAfterMove !== undefined) && (
        <CarriedOverNotice
          assessmentId={assessmentId}
          indicatorId={indicator.id}
          readOnly={readOnly}
        />
      )}
      {(readOnly || sourced) && (
        <AnswerSourceNotes assessmentId={assessmentId} indicatorId={indicator.id} />
      )}
      <AnswerForm
        indicator={indicator}
        cityLevel={cityLevel}
        initial={initial}
        onAnswer={onAnswer}
        readOnly={readOnly}
        follow={follow}
        labelledBy={headingId}
      />
      <CardFiles
        assessmentId={assessmentId}
        indicatorId={indicator.id}
        indicatorName={localized(indicator.name)}
        readOnly={readOnly}
      />
    </article>
  )
})
IndicatorCard.displayName = 'IndicatorCard'
