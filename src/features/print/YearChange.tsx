import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReportModel } from '../../components/report/useReportModel'
import { useCoreSets } from '../../components/ui/useCoreSets'
import { setCoreFor } from '../../content/defaultIndicatorSet'
import type { Assessment } from '../../domain/assessment/assessment'
import { YearChangeBody } from './YearChangeBody'

type Props = { assessment: Assessment; model: ReportModel; previous: Assessment | undefined }

/** The previous year's own set version, loaded; says so when this app does not have it. */
const WithPreviousSet = ({ assessment, model, previous }: Props & { previous: Assessment }) => {
  const { t } = useTranslation()
  const loaded = useCoreSets([previous.indicatorSet])
  const previousSet = setCoreFor(previous.indicatorSet)
  if (previousSet !== null)
    return (
      <YearChangeBody
        assessment={assessment}
        model={model}
        previous={previous}
        previousSet={previousSet}
      />
    )
  if (!loaded) return <p role="status">{t('common.loading')}</p>
  return (
    <p>
      {t('print.change.previousSetMissing', {
        previousYear: previous.year,
        version: previous.indicatorSet.version,
      })}
    </p>
  )
}

/**
 * The change since the previous year of the same city, each year scored with its own set version.
 * Says so plainly when this browser holds no previous year.
 */
export const YearChange = ({ assessment, model, previous }: Props) => {
  const { t } = useTranslation()
  const previousYear = assessment.year - 1
  let body: ReactNode
  if (previous === undefined) body = <p>{t('print.change.none', { previousYear })}</p>
  else body = <WithPreviousSet assessment={assessment} model={model} previous={previous} />
  return (
    <section aria-labelledby="print-change" className="print-section">
      <h2 id="print-change">{t('print.change.heading', { previousYear })}</h2>
      {body}
    </section>
  )
}
