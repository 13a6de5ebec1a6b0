import { useTranslation } from 'react-i18next'
import { LevelLabel } from '../ui/LevelLabel'
import type { CapabilityTargets, RadarRow } from '../../domain/report/radarSeries'
import type { AssessmentScore } from '../../domain/scoring/scoreAssessment'
import { useFormat } from '../../i18n/format'
import { useNames } from './useNames'
import { TableScroll } from '../ui/TableScroll'

type Props = { rows: readonly RadarRow[]; score: AssessmentScore; targets: CapabilityTargets }

/** The radar's numbers as a table: what screen readers use. Coverage and N/A beside every score. */
export const CapabilityTable = ({ rows, score, targets }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const names = useNames()
  const hasTarget = rows.some((row) => row.target !== null)
  return (
    <TableScroll label={t('results.capabilities.caption')}>
      <table className="report-table">
        <caption>{t('results.capabilities.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.capabilities.capability')}</th>
            <th scope="col">{t('results.capabilities.score')}</th>
            <th scope="col">{t('results.capabilities.level')}</th>
            <th scope="col">{t('results.capabilities.coverage')}</th>
            <th scope="col">{t('results.capabilities.naCount')}</th>
            {hasTarget && <th scope="col">{t('results.capabilities.target')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const target = targets[row.capability]
            return (
              <tr key={row.capability}>
                <th scope="row">
                  {names.capability(row.capability)} <span className="muted">{row.capability}</span>
                </th>
                <td className="num">
                  {row.score === null ? t('results.notScored') : format.score(row.score)}
                </td>
                <td>
                  <LevelLabel level={row.level} />
                </td>
                <td className="num">
                  {row.coverage === null ? '—' : format.percent(row.coverage)}
                </td>
                <td className="num">
                  {format.number(score.capabilities[row.capability].counts.na)}
                </td>
                {hasTarget && <td>{target === undefined ? '—' : names.levelId(target)}</td>}
              </tr>
            )
          })}
        </tbody>
      </table>
    </TableScroll>
  )
}
