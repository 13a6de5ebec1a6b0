import { useTranslation } from 'react-i18next'
import type { SourceRef } from '../../domain/indicators/schema'
import { useLocalized } from '../../i18n/useLocalized'

/** Each source as a badge: identifier, clause or KPI code, and provenance; the note on hover/focus. */
export const SourceBadges = ({ sources }: { sources: readonly SourceRef[] }) => {
  const { t } = useTranslation()
  const localized = useLocalized()
  return (
    <ul className="badges" aria-label={t('questionnaire.sources')}>
      {sources.map((s, i) => (
        <li key={`${s.source}-${s.ref ?? ''}-${i}`} className={`badge provenance-${s.provenance}`}>
          <span>{s.source}</span>
          {s.ref !== undefined && <span> · {s.ref}</span>}
          <span className="badge-provenance"> · {t(`provenance.${s.provenance}`)}</span>
          {s.note !== undefined && <span className="visually-hidden"> — {localized(s.note)}</span>}
        </li>
      ))}
    </ul>
  )
}
