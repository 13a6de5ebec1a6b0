import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useIndicatorSet } from '../../components/ui/indicatorSetContext'
import type { ReturnedAnswer, ReturnedKind } from '../../domain/departments/mergeReturn'
import { MergeEntry } from './MergeEntry'

type Props = {
  /** Where the answers come from, and what else to say about them (superseded, ignored). */
  about: ReactNode
  entries: readonly ReturnedAnswer[]
  accepted: ReadonlySet<string>
  onDecide: (indicatorId: string, accept: boolean) => void
  onAcceptAll: () => void
  onMerge: () => void
  onCancel: () => void
  whole: boolean
}

const kinds: readonly ReturnedKind[] = ['new', 'different', 'conflict', 'same']

/** Whether an entry is accepted unless the coordinator says otherwise: every one but conflicts. */
export const acceptedByDefault = (entries: readonly ReturnedAnswer[]): Set<string> =>
  new Set(entries.filter((e) => e.kind !== 'conflict').map((e) => e.indicatorId))

/**
 * The plan of a merge: each returned answer with its kind and both values, accept or keep for
 * each (conflicts start as "keep", the others as "accept"), "accept all that are not conflicts",
 * then "Merge" or "Cancel".
 */
export const MergePlan = ({
  about,
  entries,
  accepted,
  onDecide,
  onAcceptAll,
  onMerge,
  onCancel,
  whole,
}: Props) => {
  const { t } = useTranslation()
  const set = useIndicatorSet()
  const byId = new Map(set.indicators.map((i) => [i.id, i]))
  const counts = Object.fromEntries(
    kinds.map((kind) => [kind, entries.filter((e) => e.kind === kind).length]),
  )
  const toDecide = entries.some((e) => e.kind !== 'same')
  return (
    <>
      {about}
      <p>{t('merge.counts', counts)}</p>
      {!toDecide && <p className="banner info">{t('merge.nothing')}</p>}
      <div className="merge-entries">
        {entries.map((entry) => {
          const indicator = byId.get(entry.indicatorId)
          return indicator === undefined ? null : (
            <MergeEntry
              key={entry.indicatorId}
              entry={entry}
              indicator={indicator}
              accepted={accepted.has(entry.indicatorId)}
              onDecide={(accept) => onDecide(entry.indicatorId, accept)}
              whole={whole}
            />
          )
        })}
      </div>
      <div className="merge-actions">
        {toDecide && (
          <>
            <button type="button" className="button secondary" onClick={onAcceptAll}>
              {t('merge.acceptAll')}
            </button>
            <button type="button" className="button" onClick={onMerge}>
              {t('merge.merge')}
            </button>
          </>
        )}
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('merge.cancel')}
        </button>
      </div>
    </>
  )
}
