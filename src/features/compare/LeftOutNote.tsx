import { useTranslation } from 'react-i18next'
import { useReasonWords } from '../../components/report/useReasonWords'
import type { IndicatorSet } from '../../domain/indicators/schema'
import type { SharedAcrossSets } from '../../domain/report/sharedAcrossSets'

type Props = { subset: SharedAcrossSets; sets: readonly IndicatorSet[] }

/**
 * What "compare only on shared indicators" kept and left out: how many indicators are scored, and
 * each one left out with why (against every column's version it differs from).
 */
export const LeftOutNote = ({ subset, sets }: Props) => {
  const { t } = useTranslation()
  const words = useReasonWords()
  const [first] = sets
  if (first === undefined) return null
  const indicators = subset.leftOut.flatMap(({ indicatorId, against }) => [
    ...new Set(
      against.map(({ index, reasons }) =>
        words.indicator({ indicatorId, reasons }, { a: first, b: sets[index] ?? first }),
      ),
    ),
  ])
  return (
    <div className="report-note" role="note">
      <p>{t('compare.sharedOn', { n: subset.shared.length })}</p>
      {subset.leftOut.length > 0 && (
        <p>
          {t('compare.leftOut', {
            n: subset.leftOut.length,
            indicators: words.list(indicators),
          })}
        </p>
      )}
    </div>
  )
}
