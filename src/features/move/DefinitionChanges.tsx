import { useTranslation } from 'react-i18next'
import { assertNever } from '../../domain/assertNever'
import type { DefinitionChange } from '../../domain/indicators/indicatorChanges'
import { kpiForCityLevel } from '../../domain/indicators/kpiForCityLevel'
import type { Indicator } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'

type Props = { change: DefinitionChange; from: Indicator; to: Indicator }

/**
 * One definition change in plain words, with the old and new values where they are one short
 * value (unit, direction, baseline, target: "target: 100 % → 80 %"; the baseline and target of
 * county-level cities as such a city is held to them, its own or else the general one: "target for
 * county-level cities: 80 % → 60 %"); the others (answer type, rubric levels, options, ratio
 * parts, entry bounds, what yes and no mean) are named only: the new definition is in the
 * questionnaire.
 */
const ChangeText = ({ change, from, to }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const format = useFormat()
  const a = from.answer
  const b = to.answer
  switch (change) {
    case 'unit':
    case 'direction':
    case 'baseline':
    case 'target':
    case 'county-baseline':
    case 'county-target': {
      // These codes are only reported between two KPI definitions (else the type changed).
      if (a.type !== 'kpi' || b.type !== 'kpi') return t('move.answers.reason.definition')
      const [ca, cb] = [kpiForCityLevel(a, 'county'), kpiForCityLevel(b, 'county')]
      const values = {
        unit: [localized(a.unit), localized(b.unit)],
        direction: [
          t(`questionnaire.direction.${a.direction}`),
          t(`questionnaire.direction.${b.direction}`),
        ],
        baseline: [
          `${format.number(a.baseline)} ${localized(a.unit)}`,
          `${format.number(b.baseline)} ${localized(b.unit)}`,
        ],
        target: [
          `${format.number(a.target)} ${localized(a.unit)}`,
          `${format.number(b.target)} ${localized(b.unit)}`,
        ],
        'county-baseline': [
          `${format.number(ca.baseline)} ${localized(a.unit)}`,
          `${format.number(cb.baseline)} ${localized(b.unit)}`,
        ],
        'county-target': [
          `${format.number(ca.target)} ${localized(a.unit)}`,
          `${format.number(cb.target)} ${localized(b.unit)}`,
        ],
      }[change]
      return t(`move.change.${change}`, { from: values[0], to: values[1] })
    }
    case 'type':
    case 'bounds':
    case 'ratio':
    case 'rubric':
    case 'yes-no':
    case 'options':
      return t(`move.change.${change}`)
    default:
      return assertNever(change)
  }
}

/** The definition changes of one indicator, one item each. */
export const DefinitionChanges = ({
  changes,
  from,
  to,
}: {
  changes: readonly DefinitionChange[]
  from: Indicator
  to: Indicator
}) => (
  <ul className="move-definition-changes">
    {changes.map((change) => (
      <li key={change}>
        <ChangeText change={change} from={from} to={to} />
      </li>
    ))}
  </ul>
)
