/**
 * A second version of any indicator set, built in code for tests of version moves and
 * cross-version comparison (tests only): the minor version bumped, one KPI's target moved, one
 * indicator retired, one added in its place (same dimension, sub-dimension and capability weights,
 * a yes/no answer, the next free id) and one indicator renamed (a wording-only change).
 */
import type { Indicator, IndicatorSet } from '../indicators/schema'
import { must } from './must'
import { t } from './tinySet'

export type NextVersionPicks = {
  /** A KPI whose target moves a fifth of the way back towards its baseline. */
  retarget: string
  /** The indicator retired. */
  retire: string
  /** The indicator whose name changes, and nothing else. */
  reword: string
}

export type NextVersion = { set: IndicatorSet; added: string }

const bumpMinor = (version: string): string => {
  const [major, minor] = version.split('.').map(Number)
  return `${String(major)}.${String((minor ?? 0) + 1)}.0`
}

/** `SC-` and the number after the largest id of the set, three digits. */
const nextId = (set: IndicatorSet): string => {
  const largest = Math.max(...set.indicators.map((i) => Number(i.id.slice(3))))
  return `SC-${String(largest + 1).padStart(3, '0')}`
}

const retargeted = (indicator: Indicator): Indicator => {
  const answer = indicator.answer
  if (answer.type !== 'kpi') throw new Error(`${indicator.id} is not a KPI`)
  const target = answer.baseline + (answer.target - answer.baseline) * 0.8
  return { ...indicator, answer: { ...answer, target } }
}

/** The set's next version with the changes named in the module comment. */
export const nextVersion = (set: IndicatorSet, picks: NextVersionPicks): NextVersion => {
  const find = (id: string) =>
    must(
      set.indicators.find((i) => i.id === id),
      `${id} in ${set.meta.setId}`,
    )
  const retired = find(picks.retire)
  const added = nextId(set)
  const replacement: Indicator = {
    ...retired,
    id: added,
    name: t(`added ${added}`),
    answer: { type: 'boolean', yes: t('yes'), no: t('no') },
  }
  const indicators = set.indicators.flatMap((i): Indicator[] => {
    if (i.id === picks.retire) return [replacement]
    if (i.id === picks.retarget) return [retargeted(i)]
    if (i.id === picks.reword)
      return [{ ...i, name: { zh: `${i.name.zh}（修订）`, en: `${i.name.en} (revised)` } }]
    return [i]
  })
  return {
    set: { meta: { ...set.meta, version: bumpMinor(set.meta.version) }, indicators },
    added,
  }
}
