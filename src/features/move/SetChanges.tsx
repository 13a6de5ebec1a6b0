import { useTranslation } from 'react-i18next'
import type { SetDiff } from '../../domain/indicators/setDiff'
import type { Indicator, IndicatorSet } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { DefinitionChanges } from './DefinitionChanges'
import { indicatorLabel } from './indicatorLabel'

type Props = { diff: SetDiff; from: IndicatorSet; to: IndicatorSet }

const byId = (set: IndicatorSet) => new Map(set.indicators.map((i) => [i.id, i]))

/** A list of indicators under its heading, or "None." */
const IndicatorList = ({
  title,
  indicators,
}: {
  title: string
  indicators: readonly Indicator[]
}) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  return (
    <section className="move-part">
      <h3>{title}</h3>
      {indicators.length === 0 ? (
        <p>{t('move.indicators.none')}</p>
      ) : (
        <ul>
          {indicators.map((i) => (
            <li key={i.id}>{indicatorLabel(i.id, localized(i.name))}</li>
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * What differs between the two versions: indicators added (named from the new version), retired
 * (named from the old one) and those whose definition changed, each change in plain words.
 * Changes of wording or weight only are not listed here: they leave answers as they are, and what
 * they do to scores is in the score table.
 */
export const SetChanges = ({ diff, from, to }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const inFrom = byId(from)
  const inTo = byId(to)
  const pick = (ids: readonly string[], where: Map<string, Indicator>) =>
    ids.flatMap((id) => where.get(id) ?? [])
  const changed = diff.changed.flatMap((c) => {
    const before = inFrom.get(c.indicatorId)
    const after = inTo.get(c.indicatorId)
    return c.definition.length === 0 || before === undefined || after === undefined
      ? []
      : [{ change: c, before, after }]
  })
  return (
    <>
      <IndicatorList
        title={t('move.indicators.added', { count: diff.added.length })}
        indicators={pick(diff.added, inTo)}
      />
      <IndicatorList
        title={t('move.indicators.retired', { count: diff.retired.length })}
        indicators={pick(diff.retired, inFrom)}
      />
      <section className="move-part">
        <h3>{t('move.indicators.changed', { count: changed.length })}</h3>
        {changed.length === 0 ? (
          <p>{t('move.indicators.none')}</p>
        ) : (
          <ul>
            {changed.map(({ change, before, after }) => (
              <li key={change.indicatorId}>
                {indicatorLabel(change.indicatorId, localized(after.name))}
                <DefinitionChanges changes={change.definition} from={before} to={after} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
