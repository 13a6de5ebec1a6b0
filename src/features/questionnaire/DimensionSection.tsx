import { useTranslation } from 'react-i18next'
import type { Dimension, Indicator } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { IndicatorCard } from './IndicatorCard'

type Props = {
  assessmentId: string
  dimension: Dimension
  indicators: readonly Indicator[]
  progress: { done: number; asked: number }
  readOnly: boolean
}

export const DimensionSection = ({
  assessmentId,
  dimension,
  indicators,
  progress,
  readOnly,
}: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const headingId = `dimension-${dimension.id}`
  return (
    <section className="dimension-section" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {localized(dimension.name)}{' '}
        <span className="muted small">
          {t('questionnaire.sectionProgress', { done: progress.done, asked: progress.asked })}
        </span>
      </h2>
      <progress
        max={progress.asked}
        value={progress.done}
        aria-label={t('questionnaire.sectionProgressLabel', { name: localized(dimension.name) })}
      />
      {indicators.map((indicator) => (
        <IndicatorCard
          key={indicator.id}
          assessmentId={assessmentId}
          indicator={indicator}
          readOnly={readOnly}
        />
      ))}
    </section>
  )
}
