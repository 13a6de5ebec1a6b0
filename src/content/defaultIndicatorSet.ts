/**
 * The built-in indicator sets: every released version (frozen at build time, see
 * scripts/build/releases.ts), each bundled in parts — the core (structure, names, units and labels
 * in both languages: all that lists and scoring need) and, per language, the details (methods,
 * rubrics, evidence, source notes). A part is fetched only when a version is used, and details only
 * when a screen shows them. The newest release of `scm-default` is the default set: new
 * assessments use it and the methodology page describes it. This is the only module in `src` that
 * reads indicator content.
 *
 * Sets brought by the user (set files, stored locally) are registered here by the store once it
 * has read and checked them (`registerCustomSet`); a set file holds every text in both languages,
 * so such a set is complete as soon as it is registered.
 */
import { releases } from 'virtual:indicator-set/releases'
import { addDetails, type DetailTexts } from '../domain/indicators/languageText'
import type { IndicatorSet } from '../domain/indicators/schema'
import type { Language } from '../domain/language'

export type IndicatorTextPart = 'core' | 'details'

/** Which set and version an assessment was made with. */
export type SetRef = { setId: string; version: string }

/** The key of a set version, `setId@version`: how it is stored and listed. */
export const setKey = (ref: SetRef): string => `${ref.setId}@${ref.version}`
const keyOf = setKey
const sides = { 'zh-CN': 'zh', en: 'en' } as const satisfies Record<Language, 'zh' | 'en'>
/** Every interface language (from `sides`, not `supportedLanguages`: see vite.config's chunks). */
const allLanguages = Object.keys(sides) as Language[]

/** Semantic-version order: 1.10.0 after 1.9.0. */
const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

const releaseByKey = new Map(releases.map((r) => [keyOf(r), r]))

/** The id of the built-in set that new assessments use. */
export const defaultSetId = 'scm-default'

/** The ids of the built-in sets: a set brought by a user may not take one. */
export const builtInSetIds: readonly string[] = [...new Set(releases.map((r) => r.setId))]

/** Every built-in version, oldest first per set: what this app can score. */
export const releasedSets: readonly SetRef[] = releases
  .map(({ setId, version }) => ({ setId, version }))
  .sort((a, b) => a.setId.localeCompare(b.setId) || byVersion(a.version, b.version))

/** The newest release of a built-in set, or null when the app has none of that id. */
export const latestRelease = (setId: string = defaultSetId): SetRef | null =>
  releasedSets.filter((r) => r.setId === setId).at(-1) ?? null

/**
 * The newest release of the set `ref` records, when it is newer than `ref`'s version; null when
 * `ref` is the newest (or newer than any release this app has, or of a set it does not ship).
 * Offered to the user, never applied by itself: moving an assessment is the user's choice.
 */
export const newerRelease = (ref: SetRef): SetRef | null => {
  const latest = latestRelease(ref.setId)
  return latest !== null && byVersion(latest.version, ref.version) > 0 ? latest : null
}

const defaultRef = (): SetRef => {
  const ref = latestRelease()
  if (ref === null) throw new Error(`The build has no release of ${defaultSetId}.`)
  return ref
}

/** Loaded sets by key; a set's object is replaced (never mutated) when details arrive. */
const loaded = new Map<string, IndicatorSet>()
/** Per loaded set, the languages whose details are in it. */
const detailedIn = new Map<string, Set<Language>>()
/** Languages in use: every loaded set gets their details once details are wanted. */
const languages = new Set<Language>()
/** Whether some screen has asked for details; then every set and language in use gets them. */
let detailsWanted = false

const complete = async (key: string, language: Language): Promise<void> => {
  const release = releaseByKey.get(key)
  if (release === undefined) return
  const hasDetails = () => detailedIn.get(key)?.has(language) === true
  const needsDetails = detailsWanted && !hasDetails()
  const [core, details] = await Promise.all([
    loaded.has(key) ? null : release.core(),
    needsDetails ? release.details[language]() : null,
  ])
  // Both chunks come from the build plugin, which validated the zod-checked release files.
  if (core !== null && !loaded.has(key)) loaded.set(key, core.default as IndicatorSet)
  const set = loaded.get(key)
  if (details !== null && set !== undefined && !hasDetails()) {
    const filled = addDetails(set, sides[language], details.default as DetailTexts)
    // Only a stale chunk from another deployment could mismatch: fail loudly, never mix texts.
    if (filled === null) throw new Error(`The indicator details (${language}) do not fit ${key}.`)
    loaded.set(key, filled)
    detailedIn.set(key, new Set([...(detailedIn.get(key) ?? []), language]))
  }
}

/**
 * Makes the given versions usable in `language`: their cores, plus the details when `parts` asks
 * for them or a screen did before. Every set already loaded and every language already in use get
 * newly asked-for details too, so no set is ever half detailed. Versions the app does not have are
 * ignored (`setCoreFor` then stays null). No-op when all is there.
 */
export const loadSets = async (
  refs: readonly SetRef[],
  language: Language,
  parts: readonly IndicatorTextPart[] = [],
): Promise<void> => {
  if (parts.includes('details')) detailsWanted = true
  languages.add(language)
  const keys = new Set([...refs.map(keyOf), ...loaded.keys()])
  await Promise.all([...keys].flatMap((key) => [...languages].map((lang) => complete(key, lang))))
}

/** Loads every built-in version (an import may bring assessments of any of them). */
export const loadAllSets = (language: Language): Promise<void> => loadSets(releasedSets, language)

/** `loadSets` for the default set: what the first screen needs. */
export const loadIndicatorText = (
  language: Language,
  parts: readonly IndicatorTextPart[] = [],
): Promise<void> => loadSets([defaultRef()], language, parts)

/**
 * The structure, names, units and labels of a version, once loaded — for scoring, completeness,
 * lists and exports; null when the app does not have it or it is not loaded yet. Detail texts may
 * be empty here: screens that show them use `setFor`.
 */
export const setCoreFor = (ref: SetRef): IndicatorSet | null => loaded.get(keyOf(ref)) ?? null

/**
 * A version with every text, detail texts included, in every language in use; null when it is
 * not loaded. Throws when a language in use lacks its details: a screen showing empty rubrics
 * would be a silent bug (screens that show details load them: `loadSets(…, ['details'])`).
 */
export const setFor = (ref: SetRef): IndicatorSet | null => {
  const set = setCoreFor(ref)
  if (set === null) return null
  for (const language of languages)
    if (detailedIn.get(keyOf(ref))?.has(language) !== true)
      throw new Error(
        `The indicator details (${language}) are used before they were loaded (loadIndicatorText).`,
      )
  return set
}

/**
 * A version with its details in every language in use, or null while any of that is still to be
 * loaded (never throws): what a screen showing the version waits for.
 */
export const readySetFor = (ref: SetRef): IndicatorSet | null => {
  const set = setCoreFor(ref)
  const details = detailedIn.get(keyOf(ref))
  return set !== null && [...languages].every((l) => details?.has(l) === true) ? set : null
}

/** Sets brought by the user, by key, in the order registered. */
const custom = new Map<string, SetRef>()

/**
 * Makes a set brought by the user usable like a built-in one (the store calls it with sets it has
 * read with every check of a set file). Registering the same key again keeps the first: one id
 * and version is one content, which storage and import enforce.
 */
export const registerCustomSet = (set: IndicatorSet): SetRef => {
  const ref = { setId: set.meta.setId, version: set.meta.version }
  const key = keyOf(ref)
  if (releaseByKey.has(key) || custom.has(key)) return ref
  loaded.set(key, set)
  detailedIn.set(key, new Set(allLanguages))
  custom.set(key, ref)
  return ref
}

/** The sets brought by the user that are registered, by name of id then version. */
export const customSets = (): SetRef[] =>
  [...custom.values()].sort(
    (a, b) => a.setId.localeCompare(b.setId) || byVersion(a.version, b.version),
  )

/**
 * The sets brought by the user among `refs`, each once: what an export of assessments made with
 * them must carry (built-in sets are never carried: every copy of the app ships them).
 */
export const customSetsUsedBy = (refs: readonly SetRef[]): IndicatorSet[] => {
  const keys = new Set(refs.map(keyOf).filter((key) => custom.has(key)))
  return [...keys].flatMap((key) => loaded.get(key) ?? [])
}

/** The SHA-256 recorded when a built-in version was released; null for any other version. */
export const releaseHash = (ref: SetRef): string | null =>
  releaseByKey.get(keyOf(ref))?.hash ?? null

/** Whether the version is a set brought by the user (not built into the app). */
export const isCustomSet = (ref: SetRef): boolean => custom.has(keyOf(ref))

/**
 * Whether this app can score assessments of that version: one of the built-in releases, or a set
 * brought by the user and registered.
 */
export const isKnownSet = (ref: SetRef): boolean =>
  releaseByKey.has(keyOf(ref)) || custom.has(keyOf(ref))

/**
 * The default set's core. Call `loadIndicatorText` first (the app does before its first screen).
 */
export const indicatorSetCore = (): IndicatorSet => {
  const set = setCoreFor(defaultRef())
  if (set === null)
    throw new Error('The indicator set is used before it was loaded (loadIndicatorText).')
  return set
}

/** The default set with every text (see `setFor`). */
export const defaultIndicatorSet = (): IndicatorSet => {
  indicatorSetCore()
  return setFor(defaultRef()) ?? indicatorSetCore()
}

/**
 * The loaded indicator set of this id and version; null when the app does not have it or it is
 * not loaded (load them all with `loadAllSets` before parsing an import).
 */
export const findIndicatorSet = (ref: SetRef): IndicatorSet | null => setCoreFor(ref)
