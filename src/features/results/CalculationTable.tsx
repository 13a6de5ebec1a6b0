import { useTranslation } from 'react-i18next'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import type { Calculation } from '../../domain/report/calculation'
import { TableScroll } from '../../components/ui/TableScroll'

/** The rows behind one score, as the report builders return them (capability or dimension). */
export type CalculationView = Pick<
  Calculation<object>,
  'scored' | 'notApplicable' | 'open' | 'excluded' | 'totals'
>

type Props = { name: string; calculation: CalculationView }

/**
 * Every scored indicator with its normalised score, weight, share and contribution; the sum of
 * the contributions (the score itself); then what N/A, open and not-asked indicators did.
 */
export const CalculationTable = ({ name, calculation }: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const { scored, notApplicable, open, excluded, totals } = calculation
  return (
    <div className="results-calc">
      <p>{t('results.calc.formula')}</p>
      {scored.length === 0 ? (
        <p>{t('results.calc.nothingScored')}</p>
      ) : (
        <TableScroll label={t('results.calc.caption', { name })}>
          <table className="report-table">
            <caption>{t('results.calc.caption', { name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.calc.indicator')}</th>
                <th scope="col">{t('results.calc.score')}</th>
                <th scope="col">{t('results.calc.weight')}</th>
                <th scope="col">{t('results.calc.share')}</th>
                <th scope="col">{t('results.calc.contribution')}</th>
              </tr>
            </thead>
            <tbody>
              {scored.map((row) => (
                <tr key={row.indicatorId}>
                  <th scope="row">
                    <span className="muted">{row.indicatorId}</span> {localized(row.name)}
                  </th>
                  <td className="num">{format.score(row.score)}</td>
                  <td className="num">{format.number(row.weight)}</td>
                  <td className="num">{format.percent(row.share)}</td>
                  <td className="num">{format.score(row.contribution)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {t('results.calc.sum')}
                </th>
                <td className="num">{format.score(totals.sumOfContributions)}</td>
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      )}
      {totals.coverage !== null && (
        <p>
          {t('results.calc.coverage', {
            scored: format.number(totals.scoredWeight),
            open: format.number(totals.openWeight),
            coverage: format.percent(totals.coverage),
          })}
        </p>
      )}
      {notApplicable.length > 0 && (
        <>
          <h4>{t('results.calc.naHeading')}</h4>
          <ul>
            {notApplicable.map((row) => (
              <li key={row.indicatorId}>
                {t('results.calc.naItem', { name: localized(row.name), reason: row.reason })}
              </li>
            ))}
          </ul>
        </>
      )}
      {open.length > 0 && (
        <>
          <h4>{t('results.calc.openHeading')}</h4>
          <ul>
            {open.map((row) => (
              <li key={row.indicatorId}>
                {t('results.calc.openItem', {
                  name: localized(row.name),
                  state: t(`results.calc.${row.state}`),
                  weight: format.number(row.weight),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {excluded.length > 0 && (
        <>
          <h4>{t('results.calc.excludedHeading')}</h4>
          <ul>
            {excluded.map((row) => (
              <li key={row.indicatorId}>{localized(row.name)}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  )
}
