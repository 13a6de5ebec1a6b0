import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Indicator } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'
import { SourceBadges } from './SourceBadges'

type Props = { indicator: Indicator; headingId: string }

/**
 * An indicator's own text: name, sources, description and how to measure it. Memoised apart from
 * the form, because it does not change while the user types in the card.
 */
export const IndicatorText = memo(({ indicator, headingId }: Props) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  return (
    <>
      <header>
        <h3 id={headingId}>
          <span className="indicator-id">{indicator.id}</span> {localized(indicator.name)}
        </h3>
        <SourceBadges sources={indicator.sources} />
      </header>
      <p>{localized(indicator.description)}</p>
      <details>
        <summary>{t('questionnaire.howToMeasure')}</summary>
        <p>{localized(indicator.method)}</p>
        <p>
          <strong>{t('questionnaire.evidenceGuidance')}</strong> {localized(indicator.evidence)}
        </p>
        {indicator.sources.flatMap((s) =>
          s.note === undefined
            ? []
            : [
                <p key={`${s.source}-${s.ref ?? ''}`} className="muted small">
                  {s.source}: {localized(s.note)}
                </p>,
              ],
        )}
      </details>
    </>
  )
})
IndicatorText.displayName = 'IndicatorText'
