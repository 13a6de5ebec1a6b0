/**
 * What changes between two versions of an indicator set: the list the "move to a newer version"
 * screen shows, and the ground for deciding what happens to each answer (`planMove`) and which
 * scores of two assessments can be compared (`comparability`).
 */
import { compareIds } from '../report/ranking'
import { indicatorChanges, unchanged, type IndicatorChange } from './indicatorChanges'
import { metaChanges, type MetaChange, type MetaWordingField } from './metaChanges'
import type { Indicator, IndicatorSet } from './schema'

/** Which set and version. */
export type SetRef = { setId: string; version: string }

export type SetDiff = {
  from: SetRef
  to: SetRef
  /** Ids of indicators only `to` holds, in id order. */
  added: string[]
  /** Ids of indicators only `from` holds, in id order. */
  retired: string[]
  /** Indicators both hold that differ in any field, in id order. */
  changed: IndicatorChange[]
  /** Meta changes that move scores or levels (see `MetaChange`). */
  meta: MetaChange[]
  /** Meta text that changed. */
  metaWording: MetaWordingField[]
  /** Nothing differs but the set's id, version and release date. */
  identical: boolean
}

/** The set's id and version, as an assessment records them. */
export const setRef = (set: IndicatorSet): SetRef => ({
  setId: set.meta.setId,
  version: set.meta.version,
})

const byId = (set: IndicatorSet): Map<string, Indicator> =>
  new Map(set.indicators.map((i) => [i.id, i]))

/**
 * The differences from set `from` to set `to`, matched by permanent indicator id (an id never
 * changes meaning, so an indicator under a new id is one retired and one added):
 * - `added`: ids only in `to`; `retired`: ids only in `from`;
 * - `changed`: for each id in both that differs, what changed, in three kinds (`indicatorChanges`):
 *   definition changes (type, unit, direction, baseline, target, bounds, ratio, rubric, yes/no,
 *   options) put answers under review; placement changes (weight, dimension, sub-dimension,
 *   capability weights, applicability) move scores only; wording changes move nothing;
 * - `meta`: dimension and sub-dimension weights (and ones added or retired), level thresholds, the
 *   provisional coverage and the rubric level count (`metaChanges`); `metaWording`: text only.
 * Every list is in indicator-id order (code-unit order, the same on every machine), so the same two
 * sets always give the same diff. The order of indicators inside a set is not a change. Two sets
 * with different set ids are compared all the same (the caller decides whether that makes sense).
 */
export const diffSets = (from: IndicatorSet, to: IndicatorSet): SetDiff => {
  const before = byId(from)
  const after = byId(to)
  const ids = (m: Map<string, Indicator>, not: Map<string, Indicator>) =>
    [...m.keys()].filter((id) => !not.has(id)).sort(compareIds)
  const changed = [...after.values()]
    .flatMap((b) => {
      const a = before.get(b.id)
      return a === undefined ? [] : [indicatorChanges(a, b)]
    })
    .filter((change) => !unchanged(change))
    .sort((x, y) => compareIds(x.indicatorId, y.indicatorId))
  const meta = metaChanges(from.meta, to.meta)
  const added = ids(after, before)
  const retired = ids(before, after)
  return {
    from: setRef(from),
    to: setRef(to),
    added,
    retired,
    changed,
    meta: meta.changes,
    metaWording: meta.wording,
    identical:
      added.length === 0 &&
      retired.length === 0 &&
      changed.length === 0 &&
      meta.changes.length === 0 &&
      meta.wording.length === 0,
  }
}
