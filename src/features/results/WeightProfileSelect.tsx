import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { WeightingNote } from '../../components/report/WeightingNote'
import type { WeightingView } from '../../components/report/useWeighting'
import { assessmentActions } from '../../store/appStore'

type Props = { assessmentId: string; weighting: WeightingView }

/**
 * "Weighting of the total": the set's own weights or one of its profiles, stored with the
 * assessment; the total and the dimension table follow. Shown only when the set offers profiles
 * (or the assessment asks for one its set version lacks, to say so).
 */
export const WeightProfileSelect = ({ assessmentId, weighting }: Props) => {
  const { t } = useTranslation()
  const id = useId()
  if (!weighting.offered && weighting.unknownProfile === null) return null
  const current = weighting.profile?.id ?? weighting.choices[0]?.id ?? ''
  return (
    <div className="results-weighting">
      {weighting.offered && (
        <div className="results-field">
          <label htmlFor={id}>{t('results.weighting.label')}</label>
          <select
            id={id}
            value={current}
            onChange={(e) => assessmentActions.setWeightProfile(assessmentId, e.target.value)}
            aria-describedby={`${id}-hint`}
          >
            {weighting.choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
          <p id={`${id}-hint`} className="muted small">
            {t('results.weighting.changed')}
          </p>
        </div>
      )}
      <WeightingNote weighting={weighting} />
    </div>
  )
}
