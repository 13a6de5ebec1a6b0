import { useTranslation } from 'react-i18next'
import { useLocalized } from '../../i18n/useLocalized'
import type { WeightingView } from './useWeighting'
import './report.css'

/**
 * Where the weights of the total come from: the chosen profile's source and verification, with its
 * note (what is verified, what is inferred) to open, or the set's own weights; and a warning when
 * the assessment asks for a profile its set version does not have (the set's own weights are used).
 */
export const WeightingNote = ({ weighting }: { weighting: WeightingView }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  const { profile, source, verification, unknownProfile } = weighting
  return (
    <>
      {unknownProfile !== null && (
        <p className="banner warning" role="note">
          {t('results.weighting.unknown', { id: unknownProfile })}
        </p>
      )}
      {profile === null ? (
        <p className="report-note">{t('results.weighting.defaultFrom')}</p>
      ) : (
        <>
          <p className="report-note">{t('results.weighting.from', { source, verification })}</p>
          <details className="report-note">
            <summary>{t('results.weighting.about')}</summary>
            <p>{localized(profile.note)}</p>
          </details>
        </>
      )}
    </>
  )
}
