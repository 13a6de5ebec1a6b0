import { useTranslation } from 'react-i18next'
import { FlagNotes } from '../../components/report/ComparabilityFlags'
import { CapabilityRadar } from '../../components/report/CapabilityRadar'
import { groupOf, numberFlags, type ScoreRow } from '../../components/report/flagNotes'
import { RadarKey } from '../../components/report/RadarKey'
import { useNames } from '../../components/report/useNames'
import { useSetWording } from '../../components/report/setWording'
import type { ReportModel } from '../../components/report/useReportModel'
import type { Assessment } from '../../domain/assessment/assessment'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { ChangeTable } from './ChangeTable'
import { useYearChange } from './useYearChange'

type Props = {
  assessment: Assessment
  model: ReportModel
  previous: Assessment
  /** The set version the previous year was made with. */
  previousSet: IndicatorSet
}

/**
 * Both years side by side: total and capabilities, the dimensions, and both years on one radar.
 * When the two years were recorded with different set versions or weight profiles, each score
 * that differs in what it measures is marked in its change cell and explained under its table.
 */
export const YearChangeBody = ({ assessment, model, previous, previousSet }: Props) => {
  const { t } = useTranslation()
  const names = useNames()
  const localized = useLocalized()
  const words = useSetWording([previousSet, model.set])
  const { comparison, radar, differences, versionsDiffer } = useYearChange(
    model,
    assessment,
    previous,
    previousSet,
  )
  const previousYear = previous.year
  /** Versions of one set are told apart by number; versions of two sets also by the set's name. */
  const sameSet = previousSet.meta.setId === model.set.meta.setId
  const versionLabel = ({ meta }: IndicatorSet) =>
    sameSet
      ? meta.version
      : t('assessment.setVersion', { name: localized(meta.name), version: meta.version })
  const years = [previousYear, assessment.year] as const
  const series = {
    current: t('print.change.series', { year: assessment.year }),
    previous: t('print.change.series', { year: previousYear }),
  }
  /** Marks and notes of one table: one flag column, the change. */
  const flagged = <R extends { name: string; row: ScoreRow }>(rows: readonly R[]) => {
    const { marks, notes } = numberFlags(
      rows.map(({ name, row }) => [
        differences === null
          ? null
          : {
              score: name,
              item: String(assessment.year),
              first: String(previousYear),
              group: groupOf(differences, row),
              sets: { a: previousSet, b: model.set },
            },
      ]),
    )
    return { rows: rows.map((r, i) => ({ ...r, mark: marks[i]?.[0] ?? null })), notes }
  }
  const capabilities = flagged([
    { ...comparison.total, name: t('print.change.total'), row: { kind: 'total' as const } },
    ...comparison.capabilities.map((row) => ({
      ...row,
      name: names.capability(row.id),
      row: { kind: 'capability' as const, id: row.id },
    })),
  ])
  const dimensions = flagged(
    comparison.dimensions.map((row) => ({
      ...row,
      name: localized(row.name),
      row: { kind: 'dimension' as const, id: row.id },
    })),
  )
  return (
    <>
      <p>{t('print.change.intro', { previousYear })}</p>
      {versionsDiffer && (
        <p className="report-note">
          {t('print.change.versions', {
            previous: versionLabel(previousSet),
            current: versionLabel(model.set),
          })}
        </p>
      )}
      <ChangeTable
        caption={t('print.change.caption', { previousYear, year: assessment.year })}
        years={years}
        rows={capabilities.rows}
      />
      <FlagNotes notes={capabilities.notes} />
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
        caption={words.changeDimensionsCaption({ previousYear, year: assessment.year })}
        years={years}
        rows={dimensions.rows}
      />
      <FlagNotes notes={dimensions.notes} />
    </>
  )
}
