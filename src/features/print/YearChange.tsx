import { useTranslation } from 'react-i18next'
import { CapabilityRadar } from '../../components/report/CapabilityRadar'
import { RadarKey } from '../../components/report/RadarKey'
import { useNames } from '../../components/report/useNames'
import type { ReportModel } from '../../components/report/useReportModel'
import type { Assessment } from '../../domain/assessment/assessment'
import { useLocalized } from '../../i18n/useLocalized'
import { ChangeTable } from './ChangeTable'
import { useYearChange } from './useYearChange'

type Props = { assessment: Assessment; model: ReportModel; previous: Assessment | undefined }

/**
 * The change since the previous year of the same city: total and capabilities, the dimensions, and
 * both years on one radar. Says so plainly when this browser holds no previous year.
 */
export const YearChange = ({ assessment, model, previous }: Props) => {
  const { t } = useTranslation()
  const names = useNames()
  const localized = useLocalized()
  const change = useYearChange(model, assessment.year, previous)
  const previousYear = assessment.year - 1
  const heading = <h2 id="print-change">{t('print.change.heading', { previousYear })}</h2>
  if (change === null)
    return (
      <section aria-labelledby="print-change" className="print-section">
        {heading}
        <p>{t('print.change.none', { previousYear })}</p>
      </section>
    )
  const { comparison, radar } = change
  const years = [previousYear, assessment.year] as const
  const series = {
    current: t('print.change.series', { year: assessment.year }),
    previous: t('print.change.series', { year: previousYear }),
  }
  const recorded = [change.previous, assessment].map((a) => a.indicatorSet.version)
  return (
    <section aria-labelledby="print-change" className="print-section">
      {heading}
      <p>{t('print.change.intro', { previousYear })}</p>
      {recorded[0] !== recorded[1] && (
        <p className="report-note">
          {t('print.change.versions', {
            previous: recorded[0],
            current: recorded[1],
            bundled: model.set.meta.version,
          })}
        </p>
      )}
      <ChangeTable
        caption={t('print.change.caption', { previousYear, year: assessment.year })}
        years={years}
        rows={[
          { ...comparison.total, name: t('print.change.total') },
          ...comparison.capabilities.map((row) => ({ ...row, name: names.capability(row.id) })),
        ]}
      />
      <figure className="print-figure">
        <CapabilityRadar
          rows={radar.current}
          rings={model.rings}
          targets={{}}
          currentName={series.current}
          previous={{ name: series.previous, rows: radar.previous }}
          legend={false}
        />
        <figcaption>
          <RadarKey currentName={series.current} previousName={series.previous} target={false} />
        </figcaption>
      </figure>
      <ChangeTable
        caption={t('print.change.dimensionsCaption', { previousYear, year: assessment.year })}
        years={years}
        rows={comparison.dimensions.map((row) => ({ ...row, name: localized(row.name) }))}
      />
    </section>
  )
}
