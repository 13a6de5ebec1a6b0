import type { IndicatorSet } from '../../domain/indicators/schema'
import type { Comparability } from '../../domain/report/comparability'
import { groupOf, numberFlags, type ScoreRow } from '../../components/report/flagNotes'

type Columns = {
  labels: readonly string[]
  /** Per column, what differs from the first column; null where nothing can differ. */
  differences: readonly (Comparability | null)[]
  /** Per column, the full set of its assessment (names and versions of the notes). */
  sets: readonly IndicatorSet[]
}

/**
 * The marks and notes of one compare table: every cell after the first column whose score's
 * definitions differ from the first column's, numbered row by row.
 */
export const compareFlags = (
  rows: readonly { name: string; row: ScoreRow }[],
  { labels, differences, sets }: Columns,
) => {
  const [first] = sets
  return numberFlags(
    rows.map(({ name, row }) =>
      differences.map((difference, i) => {
        const b = sets[i]
        if (difference === null || first === undefined || b === undefined) return null
        return {
          score: name,
          item: labels[i] ?? '',
          first: labels[0] ?? '',
          group: groupOf(difference, row),
          sets: { a: first, b },
        }
      }),
    ),
  )
}
