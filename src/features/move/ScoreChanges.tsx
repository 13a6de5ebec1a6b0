import { useTranslation } from 'react-i18next'
import { TableScroll } from '../../components/ui/TableScroll'
import { useChangeFormat } from '../../components/report/useChangeFormat'
import type { ComparisonRow } from '../../domain/report/yearComparison'
import type { MovePlan } from '../../domain/assessment/moveToVersion'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'

type Props = { plan: MovePlan; to: IndicatorSet }

/**
 * Every score before (the version the assessment records) and after the move (the new version,
 * with the moved answers): the total, the five capabilities and each dimension, with the change
 * in points. A dimension that only one version has shows "not scored" on the other side.
 */
export const ScoreChanges = ({ plan, to }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const format = useFormat()
  const change = useChangeFormat()
  const { scores } = plan
  const caption = t('move.scores.caption', { from: plan.from.version, to: plan.to.version })
  const capabilityName = (id: string) => {
    const capability = to.meta.capabilities.find((c) => c.id === id)
    return capability === undefined ? id : localized(capability.name)
  }
  const rows: { key: string; name: string; row: ComparisonRow }[] = [
    { key: 'total', name: t('move.scores.total'), row: scores.total },
    ...scores.capabilities.map((row) => ({
      key: `capability-${row.id}`,
      name: t('move.scores.capability', { name: capabilityName(row.id) }),
      row,
    })),
    ...scores.dimensions.map((row) => ({
      key: `dimension-${row.id}`,
      name: t('move.scores.dimension', { name: localized(row.name) }),
      row,
    })),
  ]
  const score = (n: number | null | undefined) =>
    n === null || n === undefined ? t('results.notScored') : format.score(n)
  return (
    <TableScroll label={caption}>
      <table className="report-table move-scores">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('move.scores.item')}</th>
            <th scope="col">{t('move.scores.version', { version: plan.from.version })}</th>
            <th scope="col">{t('move.scores.version', { version: plan.to.version })}</th>
            <th scope="col">{t('move.scores.change')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, row }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td>{score(row.scores[0])}</td>
              <td>{score(row.scores[1])}</td>
              <td>{change(row.deltas[1] ?? null)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
