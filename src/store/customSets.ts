/**
 * Indicator sets brought by the user: read from storage with every check of a set file and
 * registered in the content registry, so assessments made with them are scored, shown, compared
 * and exported like any other. The reading code is fetched only when there is a set to read, so a
 * browser without such sets never downloads it.
 */
import type { IndicatorSet } from '../domain/indicators/schema'
import type { StoredSetText } from '../storage/assessmentStorage'
import {
  builtInSetIds,
  customSets,
  isCustomSet,
  registerCustomSet,
  setKey,
  type SetRef,
} from '../content/defaultIndicatorSet'
import type { ImportSetOutcome, SetContext } from './setActions'

/** What reading the stored sets found: the sets now usable, and the keys of unreadable ones. */
export type StoredSetsRead = { sets: SetRef[]; unreadable: string[] }

/**
 * Registers the stored sets not registered yet. A stored text that no longer passes the checks
 * (written by a later app, or damaged) is left in storage untouched and named in `unreadable`;
 * its assessments then show "set not available" rather than wrong scores.
 */
export const registerStoredSets = async (
  stored: readonly StoredSetText[],
): Promise<StoredSetsRead> => {
  const fresh = stored.filter(({ key }) => {
    const at = key.lastIndexOf('@')
    return !isCustomSet({ setId: key.slice(0, at), version: key.slice(at + 1) })
  })
  if (fresh.length === 0) return { sets: [], unreadable: [] }
  const { parseSetFile } = await import('../domain/indicators/setFile')
  const sets: SetRef[] = []
  const unreadable: string[] = []
  for (const { key, text } of fresh) {
    const read = parseSetFile(text, { builtInSetIds })
    if (read.ok && setKey(read.set.meta) === key) sets.push(registerCustomSet(read.set))
    else unreadable.push(key)
  }
  return { sets, unreadable }
}

/** A set as storage keeps it: the text of its set file under its key. */
export const storedSetText = async (set: IndicatorSet): Promise<StoredSetText> => {
  const { serialiseSetFile } = await import('../domain/indicators/setFile')
  return { key: setKey(set.meta), text: serialiseSetFile(set) }
}

/**
 * Stores a set the user brought (read with every check of a set file) and makes it usable. A set
 * already stored with the same content is a success that adds nothing; one with the same id and
 * version but other content is refused.
 */
export const importSet = async (
  { store, storage }: SetContext,
  set: IndicatorSet,
): Promise<ImportSetOutcome> => {
  const target = storage()
  if (target === null || store.getState().phase !== 'ready')
    return { ok: false, reason: 'not-ready' }
  const result = await target.saveSets([await storedSetText(set)])
  if (!result.ok)
    return result.reason === 'different-set'
      ? { ok: false, reason: 'different-set', key: result.key }
      : { ok: false, reason: 'storage', detail: result.detail }
  const ref = registerCustomSet(set)
  store.setState({ customSets: customSets() })
  return { ok: true, set: ref, added: result.added.length > 0 }
}
