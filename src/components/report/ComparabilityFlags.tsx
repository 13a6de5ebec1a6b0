import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { FlagNote } from './flagNotes'
import { useReasonWords } from './useReasonWords'
import './report.css'

/** The mark of a flagged score; a typographic sign, the same in every language. */
const dagger = '†'

/** The mark in a score's cell: "†1" on screen and paper, "definitions differ, see note 1" to a screen reader. */
export const FlagMarker = ({ n }: { n: number | null | undefined }) => {
  const { t } = useTranslation()
  if (n === null || n === undefined) return null
  return (
    <span className="flag-marker">
      <span aria-hidden="true">{`${dagger}${String(n)}`}</span>
      <span className="visually-hidden">{t('comparability.markerLabel', { n })}</span>
    </span>
  )
}

/**
 * The notes under a table with flagged scores, one per mark: which score, which columns, and each
 * indicator involved with its reasons, then the differences above the indicators. Nothing when no
 * score is flagged.
 */
export const FlagNotes = ({ notes }: { notes: readonly FlagNote[] }) => {
  const { t } = useTranslation()
  const words = useReasonWords()
  const headingId = useId()
  if (notes.length === 0) return null
  return (
    <div className="report-note flag-notes">
      <p id={headingId}>{t('comparability.notesHeading')}</p>
      <ol aria-labelledby={headingId}>
        {notes.map((note) => (
          <li key={note.n}>
            <span aria-hidden="true">{`${dagger}${String(note.n)} `}</span>
            {t('comparability.note', {
              score: note.score,
              item: note.item,
              first: note.first,
              reasons: words.list([
                ...note.group.indicators.map((i) => words.indicator(i, note.sets)),
                ...note.group.meta.map(words.meta),
              ]),
            })}
          </li>
        ))}
      </ol>
    </div>
  )
}
