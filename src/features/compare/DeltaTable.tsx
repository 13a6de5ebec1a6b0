import { useTranslation } from 'react-i18next'
import type { ComparisonRow } from '../../domain/report/yearComparison'
import { useChangeFormat } from '../../components/report/useChangeFormat'
import { useFormat } from '../../i18n/format'
import { TableScroll } from '../../components/ui/TableScroll'

type Props = {
  caption: string
  labels: readonly string[]
  rows: readonly (ComparisonRow & { name: string })[]
}

/** Scores side by side with the change against the first column, as text and arrow, never colour alone. */
export const DeltaTable = ({ caption, labels, rows }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const change = useChangeFormat()
  return (
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
                  <span className="muted small"> {t('compare.vsFirst', { first: labels[0] })}</span>
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
                  {i > 0 && <div className="delta">{change(row.deltas[i] ?? null)}</div>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
