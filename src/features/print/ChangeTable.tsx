import { useTranslation } from 'react-i18next'
import { FlagMarker } from '../../components/report/ComparabilityFlags'
import { LevelLabel } from '../../components/ui/LevelLabel'
import type { ComparisonRow } from '../../domain/report/yearComparison'
import { useFormat } from '../../i18n/format'
import { useChangeFormat } from '../../components/report/useChangeFormat'
import { TableScroll } from '../../components/ui/TableScroll'

type Props = {
  caption: string
  /** `mark`: the note number when the two years' definitions of this score differ. */
  rows: readonly (ComparisonRow & { name: string; mark: number | null })[]
  /** The compared years, previous first (the order of the rows' scores). */
  years: readonly [number, number]
}

/**
 * Scores and levels of two years side by side, with the change as word, arrow and number, marked
 * when the score's definitions differ between the years' set versions.
 */
export const ChangeTable = ({ caption, rows, years }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const change = useChangeFormat()
  const score = (value: number | null | undefined) =>
    value === null || value === undefined ? t('results.notScored') : format.score(value)
  return (
    <TableScroll label={caption}>
      <table className="report-table print-change">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('print.change.item')}</th>
            {years.map((year) => (
              <th scope="col" key={`score-${year}`}>
                {t('print.change.scoreIn', { year })}
              </th>
            ))}
            <th scope="col">{t('print.change.change')}</th>
            {years.map((year) => (
              <th scope="col" key={`level-${year}`}>
                {t('print.change.levelIn', { year })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td className="num">{score(row.scores[0])}</td>
              <td className="num">{score(row.scores[1])}</td>
              <td className="num">
                {change(row.deltas[1] ?? null)}
                <FlagMarker n={row.mark} />
              </td>
              <td>
                <LevelLabel level={row.levels[0] ?? null} />
              </td>
              <td>
                <LevelLabel level={row.levels[1] ?? null} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
