import { useTranslation } from 'react-i18next'
import { Link } from 'wouter'
import { usePageTitle } from '../../components/ui/usePageTitle'
import { useReadySet } from '../../components/ui/useReadySet'
import type { SetRef } from '../../content/defaultIndicatorSet'
import { shownAnswer, type ResponseRecord } from '../../domain/departments/responseRecord'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { routes } from '../../routes/routes'
import { RespondentFields } from './RespondentFields'
import { ResponseBanner } from './ResponseBanner'
import { ResponseCard } from './ResponseCard'
import { ResponseSaveStatus } from './ResponseSaveStatus'
import { ReturnSection } from './ReturnSection'
import { useResponseSaver } from './useResponseSaver'

/** The package's indicators in the set's order, grouped by the set's dimensions (sections). */
const sectionsOf = (set: IndicatorSet, indicatorIds: readonly string[]) => {
  const assigned = new Set(indicatorIds)
  return set.meta.dimensions.flatMap((dimension) => {
    const indicators = set.indicators.filter(
      (i) => i.dimension === dimension.id && assigned.has(i.id),
    )
    return indicators.length === 0 ? [] : [{ dimension, indicators }]
  })
}

type Props = {
  initial: ResponseRecord
  /** `initial` is work journalled when a tab closed, not stored yet: it is written at once. */
  unsaved: boolean
  set: SetRef
}

/**
 * A department's workspace: only the package's indicators, with the questionnaire's inputs,
 * autosaved to this browser; who answers; and the return to the coordinator. Clearly not an
 * assessment: no results, print or comparison.
 */
export const Workspace = ({ initial, unsaved, set }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const ready = useReadySet(set)
  const { record, save, saver } = useResponseSaver(initial, unsaved)
  const pkg = initial.package
  usePageTitle(
    t('workspace.pageTitle', {
      department: pkg.department.name,
      city: pkg.assessment.city,
      year: pkg.assessment.year,
    }),
  )
  return (
    <section aria-labelledby="response-title" className="department-workspace">
      <ResponseBanner pkg={pkg} />
      <ResponseSaveStatus state={save} />
      <RespondentFields
        stored={initial.respondent}
        departmentName={pkg.department.name}
        onChange={saver.setRespondent}
      />
      <h2>{t('workspace.indicatorsHeading', { count: pkg.indicatorIds.length })}</h2>
      {ready.state === 'ready' ? (
        sectionsOf(ready.set, pkg.indicatorIds).map(({ dimension, indicators }) => (
          <section
            key={dimension.id}
            className="dimension-section"
            aria-labelledby={`section-${dimension.id}`}
          >
            <h3 id={`section-${dimension.id}`}>{localized(dimension.name)}</h3>
            {indicators.map((indicator) => (
              <ResponseCard
                key={indicator.id}
                indicator={indicator}
                cityLevel={pkg.assessment.cityLevel}
                initial={shownAnswer(initial, indicator.id)}
                onAnswer={saver.setAnswer}
              />
            ))}
          </section>
        ))
      ) : (
        <p role="status">{t('workspace.loading')}</p>
      )}
      <ReturnSection
        record={record}
        latest={() => saver.getSnapshot().record}
        onReturned={saver.markReturned}
      />
      <p>
        <Link href={routes.departmentResponses.href()}>{t('workspace.back')}</Link>
      </p>
    </section>
  )
}
