import { useTranslation } from 'react-i18next'
import type { Assessment } from '../../domain/assessment/assessment'
import { assignableIndicators, assignIndicators } from '../../domain/departments/assignments'
import type { Department } from '../../domain/departments/departmentSchema'
import type { Dimension, Indicator, IndicatorSet } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'

type Props = {
  assessment: Assessment
  set: IndicatorSet
  readOnly: boolean
  edit: (change: (a: Assessment) => Assessment) => void
}

/** The whole-section choice's value when its indicators are answered by different departments. */
const MIXED = ''
/** The whole-section choice's value for "nobody" (not a department id: those never start with `*`). */
const NOBODY = '*none'

type SectionProps = {
  dimension: Dimension
  indicators: readonly Indicator[]
  departments: readonly Department[]
  assignments: Readonly<Record<string, string>>
  readOnly: boolean
  assign: (ids: readonly string[], departmentId: string | null) => void
}

/**
 * One section (dimension): a choice that assigns all of its indicators at once, showing the
 * department when they all share one, and the single indicators, folded away.
 */
const AssignSection = ({
  dimension,
  indicators,
  departments,
  assignments,
  readOnly,
  assign,
}: SectionProps) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const ids = indicators.map((i) => i.id)
  const owners = new Set(ids.map((id) => assignments[id] ?? NOBODY))
  const whole = owners.size === 1 ? [...owners][0] : MIXED
  const assigned = ids.filter((id) => assignments[id] !== undefined).length
  const headingId = `assign-${dimension.id}`
  return (
    <section aria-labelledby={headingId} className="assign-section">
      <h3 id={headingId}>{localized(dimension.name)}</h3>
      <p className="muted">
        {t('departments.assign.sectionCount', { assigned, total: ids.length })}
      </p>
      <div className="field">
        <label htmlFor={`${headingId}-whole`}>{t('departments.assign.wholeSection')}</label>
        <select
          id={`${headingId}-whole`}
          value={whole}
          disabled={readOnly}
          onChange={(e) => {
            const to = e.target.value
            if (to !== MIXED) assign(ids, to === NOBODY ? null : to)
          }}
        >
          {whole === MIXED && <option value={MIXED}>{t('departments.assign.choose')}</option>}
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
          <option value={NOBODY}>{t('departments.assign.nobody')}</option>
        </select>
      </div>
      <details>
        <summary>{t('departments.assign.indicators')}</summary>
        <ul className="assign-indicators">
          {indicators.map((indicator) => (
            <li key={indicator.id} className="field">
              <label htmlFor={`assign-${indicator.id}`}>
                {t('departments.assign.indicatorLabel', {
                  id: indicator.id,
                  name: localized(indicator.name),
                })}
              </label>
              <select
                id={`assign-${indicator.id}`}
                value={assignments[indicator.id] ?? ''}
                disabled={readOnly}
                onChange={(e) =>
                  assign([indicator.id], e.target.value === '' ? null : e.target.value)
                }
              >
                <option value="">{t('departments.assign.nobody')}</option>
                {departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      </details>
    </section>
  )
}

/** Who answers what: per section of the set, the indicators its city level is asked. */
export const AssignPanel = ({ assessment, set, readOnly, edit }: Props) => {
  const { t } = useTranslation()
  const departments = assessment.departments ?? []
  const assignable = assignableIndicators(set, assessment.cityLevel)
  const assign = (ids: readonly string[], departmentId: string | null) =>
    edit((a) => assignIndicators(a, set, ids, departmentId))
  return (
    <section aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t('departments.assign.heading')}</h2>
      <p>{t('departments.assign.intro')}</p>
      {departments.length === 0 ? (
        <p>{t('departments.assign.needDepartments')}</p>
      ) : (
        set.meta.dimensions.map((dimension) => {
          const indicators = assignable.filter((i) => i.dimension === dimension.id)
          return indicators.length === 0 ? null : (
            <AssignSection
              key={dimension.id}
              dimension={dimension}
              indicators={indicators}
              departments={departments}
              assignments={assessment.assignments ?? {}}
              readOnly={readOnly}
              assign={assign}
            />
          )
        })
      )}
    </section>
  )
}
