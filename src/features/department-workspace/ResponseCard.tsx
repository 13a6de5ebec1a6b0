import { memo, useCallback } from 'react'
import { AnswerForm } from '../../components/answering/AnswerForm'
import { IndicatorText } from '../../components/answering/IndicatorText'
import { cardElementId } from '../../components/ui/questionnaireAnchors'
import type { Answer } from '../../domain/assessment/answer'
import type { CityLevel, Indicator } from '../../domain/indicators/schema'

type Props = {
  indicator: Indicator
  cityLevel: CityLevel
  /** The answer to start from: the department's own, else the one the package carried. */
  initial: Answer | undefined
  onAnswer: (indicatorId: string, answer: Answer | undefined) => void
}

/**
 * One assigned indicator: the questionnaire's text and answer form, writing to the department's
 * response instead of an assessment. Memoised: typing in one card re-renders no other.
 */
export const ResponseCard = memo(({ indicator, cityLevel, initial, onAnswer }: Props) => {
  const headingId = `${indicator.id}-title`
  // The form knows only what is typed; files the coordinator attached travel with the answer
  // (by name and hash), or a merge of the return would take them away from the assessment.
  const files = initial?.files
  const answer = useCallback(
    (value: Answer | undefined) =>
      onAnswer(indicator.id, files === undefined ? value : { ...value, files }),
    [onAnswer, indicator.id, files],
  )
  return (
    <article
      id={cardElementId(indicator.id)}
      className="indicator-card"
      aria-labelledby={headingId}
    >
      <IndicatorText indicator={indicator} headingId={headingId} />
      <AnswerForm
        indicator={indicator}
        cityLevel={cityLevel}
        initial={initial}
        onAnswer={answer}
        readOnly={false}
        labelledBy={headingId}
      />
    </article>
  )
})
ResponseCard.displayName = 'ResponseCard'
