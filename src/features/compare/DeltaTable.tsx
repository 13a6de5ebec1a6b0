import { useTranslation } from 'react-i18next'
import { FlagMarker, FlagNotes } from '../../components/report/ComparabilityFlags'
import type { FlagNote } from '../../components/report/flagNotes'
import type { ComparisonRow } from '../../domain/report/yearComparison'
import { useChangeFormat } from '../../components/report/useChangeFormat'
import { useFormat } from '../../i18n/format'
import { TableScroll } from '../../components/ui/TableScroll'

type Props = {
  caption: string
  labels: readonly string[]
  /** `marks[i]`: the note number of column i's score when its definitions differ from the first's. */
  rows: readonly (ComparisonRow & { name: string; marks: readonly (number | null)[] })[]
  /** The notes the marks refer to, listed under the table. */
  notes: readonly FlagNote[]
}

/**
 * Scores side by side with the change against the first column, as text and arrow, never colour
 * alone; a score whose definitions differ from the first column's is marked and explained below.
 */
export const DeltaTable = ({ caption, labels, rows, notes }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const change = useChangeFormat()
  return (
    <>
      <TableScroll label={caption}>
        <table className="report-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.item')}</th>
              {labels.map((label, i) => (
                <th scope="col" key={label}>
                  {label}
                  {i > 0 && (
                    <span className="muted small">
                      {' '}
                      {t('compare.vsFirst', { first: labels[0] })}
                    </span>
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.scores.map((score, i) => (
                  <td key={labels[i]} className="num">
                    {score === null ? t('compare.notScored') : format.score(score)}
                    <FlagMarker n={row.marks[i]} />
                    {i > 0 && <div className="delta">{change(row.deltas[i] ?? null)}</div>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <FlagNotes notes={notes} />
    </>
  )
}
