import { memo, useCallback, useRef } from 'react'
import { AnswerForm } from '../../components/answering/AnswerForm'
import type { FileOps } from '../../components/answering/evidenceFileOps'
import { IndicatorText } from '../../components/answering/IndicatorText'
import { cardElementId } from '../../components/ui/questionnaireAnchors'
import type { Answer, AttachedFile } from '../../domain/assessment/answer'
import { withFiles } from '../../domain/files/attachedFiles'
import type { CityLevel, Indicator } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
// With the card's own code, not loaded after it (as on the questionnaire): a files section that
// appeared later would move every card below it.
import { ResponseFiles } from './ResponseFiles'

type Props = {
  indicator: Indicator
  cityLevel: CityLevel
  /** The answer to start from: the department's own, else the one the package carried. */
  initial: Answer | undefined
  onAnswer: (indicatorId: string, answer: Answer | undefined) => void
  /** Where evidence files are kept (tests pass their own; the browser's file storage otherwise). */
  fileOps?: FileOps
}

/**
 * The answer to save: what the form says with the files the answer attaches. None when neither
 * says anything (a cleared answer without files).
 */
const withAttached = (value: Answer | undefined, files: AttachedFile[]): Answer | undefined =>
  value === undefined && files.length === 0 ? undefined : withFiles(value, files)

/**
 * One assigned indicator: the questionnaire's text, answer form and evidence files, writing to the
 * department's response instead of an assessment. Memoised: typing in one card re-renders no
 * other.
 */
export const ResponseCard = memo(({ indicator, cityLevel, initial, onAnswer, fileOps }: Props) => {
  const localized = useLocalized()
  const headingId = `${indicator.id}-title`
  // The form knows only what is typed, the file list only the files: each keeps the other's
  // last word, so files the coordinator attached (by name and hash) travel with the answer and
  // a merge of the return never takes them away from the assessment.
  const typed = useRef<Answer | undefined>(
    initial === undefined ? undefined : withFiles(initial, []),
  )
  const files = useRef<AttachedFile[]>(initial?.files ?? [])
  const answer = useCallback(
    (value: Answer | undefined) => {
      typed.current = value
      onAnswer(indicator.id, withAttached(value, files.current))
    },
    [onAnswer, indicator.id],
  )
  const read = useCallback(() => files.current, [])
  const write = useCallback(
    (next: AttachedFile[]) => {
      files.current = next
      onAnswer(indicator.id, withAttached(typed.current, next))
    },
    [onAnswer, indicator.id],
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
      <ResponseFiles
        read={read}
        write={write}
        indicatorName={localized(indicator.name)}
        ops={fileOps}
      />
    </article>
  )
})
ResponseCard.displayName = 'ResponseCard'
