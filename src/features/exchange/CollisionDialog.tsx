import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { cityKey, type Assessment } from '../../domain/assessment/assessment'
import { choicesFor, type ImportChoice, type PlanEntry } from '../../domain/exchange/planImport'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { useFormat } from '../../i18n/format'
import { useLocalized } from '../../i18n/useLocalized'
import { useAssessments } from '../../store/appStore'

type Props = {
  collisions: readonly PlanEntry[]
  newCount: number
  /** Indicator sets the file brings that this browser lacks (worded in the sets' text). */
  sets: readonly IndicatorSet[]
  choices: ReadonlyMap<string, ImportChoice>
  onChoose: (incomingId: string, choice: ImportChoice) => void
  onConfirm: () => void
  onCancel: () => void
  busy: boolean
  error: string | null
  /** The incoming assessment to merge answer by answer instead of importing, if any. */
  merging: string | null
  onMerge: (incomingId: string) => void
}

/**
 * Whether "merge answer by answer" is offered for an incoming assessment: only into one of the same
 * city, year and indicator set version (the answers of another version may not fit). `null`: not
 * the same city and year, so nothing to say; else the two versions when they differ.
 */
const mergeOffer = (
  incoming: Assessment,
  existing: Assessment | undefined,
): 'offered' | { existing: string; incoming: string } | null => {
  if (existing === undefined) return null
  if (cityKey(existing.city) !== cityKey(incoming.city) || existing.year !== incoming.year)
    return null
  const a = existing.indicatorSet
  const b = incoming.indicatorSet
  return a.setId === b.setId && a.version === b.version
    ? 'offered'
    : { existing: `${a.setId} ${a.version}`, incoming: `${b.setId} ${b.version}` }
}

const answered = (a: Pick<Assessment, 'answers'>) =>
  Object.values(a.answers).filter((x) => x?.value !== undefined || x?.notApplicable !== undefined)
    .length

/**
 * Asks what to do with each incoming assessment that collides with one stored here: replace, keep
 * both (only when city or year differ), skip, or merge answer by answer (same city, year and set
 * version; one at a time, on the merge screen after the import); and names the indicator sets the
 * file brings, which are stored with it. Nothing is written until "Import" is chosen.
 */
export const CollisionDialog = ({
  collisions,
  newCount,
  sets,
  choices,
  onChoose,
  onConfirm,
  onCancel,
  busy,
  error,
  merging,
  onMerge,
}: Props) => {
  const { t } = useTranslation()
  const format = useFormat()
  const localized = useLocalized()
  const byId = useAssessments((s) => s.byId)
  const titleId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  return (
    <section role="dialog" aria-labelledby={titleId} className="banner info">
      <h3 id={titleId} ref={heading} tabIndex={-1}>
        {collisions.length > 0 ? t('exchange.collision.title') : t('sets.offer.title')}
      </h3>
      {sets.length > 0 && (
        <>
          <p>{t('sets.offer.intro')}</p>
          <ul>
            {sets.map(({ meta, indicators }) => (
              <li key={`${meta.setId}@${meta.version}`}>
                {t('sets.offer.item', {
                  name: localized(meta.name),
                  setId: meta.setId,
                  version: meta.version,
                  count: indicators.length,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {collisions.length > 0 && <p>{t('exchange.collision.intro')}</p>}
      {collisions.map(({ incoming, collision }) => {
        if (collision.kind === 'new') return null
        const existing = byId[collision.existing.id]
        const offer = mergeOffer(incoming, existing)
        return (
          <fieldset key={incoming.id}>
            <legend>
              {collision.kind === 'same-city-year'
                ? t('exchange.collision.sameCityYear', { city: incoming.city, year: incoming.year })
                : t('exchange.collision.sameId', {
                    city: incoming.city,
                    year: incoming.year,
                    existingCity: collision.existing.city,
                    existingYear: collision.existing.year,
                  })}
            </legend>
            {existing !== undefined && (
              <p className="small muted">
                {t('exchange.collision.existingSaved', {
                  time: format.dateTime(existing.updatedAt),
                  answered: answered(existing),
                })}
              </p>
            )}
            <p className="small muted">
              {t('exchange.collision.incomingSaved', {
                time: format.dateTime(incoming.updatedAt),
                answered: answered(incoming),
              })}
            </p>
            {choicesFor(collision).map((choice) => (
              <label key={choice} className="choice">
                <input
                  type="radio"
                  name={`collision-${incoming.id}`}
                  value={choice}
                  checked={merging !== incoming.id && choices.get(incoming.id) === choice}
                  onChange={() => onChoose(incoming.id, choice)}
                />{' '}
                {t(`exchange.collision.choice.${choice}`)}
              </label>
            ))}
            {offer === 'offered' ? (
              <label className="choice">
                <input
                  type="radio"
                  name={`collision-${incoming.id}`}
                  value="merge"
                  checked={merging === incoming.id}
                  onChange={() => onMerge(incoming.id)}
                />{' '}
                {t('merge.collision.choice')}
              </label>
            ) : (
              offer !== null && (
                <p className="small muted">{t('merge.collision.notOffered', offer)}</p>
              )
            )}
          </fieldset>
        )
      })}
      {newCount > 0 && <p>{t('exchange.collision.newOnes', { count: newCount })}</p>}
      {error !== null && <p role="alert">{error}</p>}
      <div className="form-actions">
        <button type="button" className="button" onClick={onConfirm} disabled={busy}>
          {t('exchange.collision.confirm')}
        </button>{' '}
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          {t('exchange.collision.cancel')}
        </button>
      </div>
    </section>
  )
}
