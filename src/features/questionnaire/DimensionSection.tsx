import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { CityLevel, Dimension, Indicator } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { IndicatorCard } from './IndicatorCard'
import { sectionElementId } from '../../components/ui/questionnaireAnchors'

type Props = {
  assessmentId: string
  dimension: Dimension
  indicators: readonly Indicator[]
  /** The assessment's city level: which KPI targets the cards show. */
  cityLevel: CityLevel
  /** How many of `indicators` to render yet (the questionnaire mounts its cards progressively). */
  mounted: number
  done: number
  asked: number
  readOnly: boolean
  /** Called when focus enters the section (a card's field, or the heading). */
  onFocus?: (() => void) | undefined
}

/** One dimension's indicators; memoised so a keystroke in one card does not re-render the others. */
export const DimensionSection = memo(
  ({
    assessmentId,
    dimension,
    indicators,
    cityLevel,
    mounted,
    done,
    asked,
    readOnly,
    onFocus,
  }: Props) => {
    const progress = { done, asked }
    const { t } = useTranslation()
    const localized = useLocalized()
    const headingId = sectionElementId(dimension.id)
    return (
      <section className="dimension-section" aria-labelledby={headingId} onFocus={onFocus}>
        {/* Focusable from script: switching sections moves focus here. */}
        <h2 id={headingId} tabIndex={-1}>
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
        {indicators.length === 0 && <p className="muted">{t('questionnaire.sectionEmpty')}</p>}
        {indicators.slice(0, mounted).map((indicator) => (
          <IndicatorCard
            key={indicator.id}
            assessmentId={assessmentId}
            indicator={indicator}
            cityLevel={cityLevel}
            readOnly={readOnly}
          />
        ))}
      </section>
    )
  },
)
DimensionSection.displayName = 'DimensionSection'
