/**
 * The default indicator set, bundled from `indicators/*.json` (validated at build time by
 * scripts/build/indicatorTextPlugin.ts) in parts: the core (structure, names, units and labels in
 * both languages — all the first screen and scoring need) and, per language, the details (methods,
 * rubrics, evidence, source notes), fetched when a screen that shows them opens. This is the only
 * module in `src` that reads indicator content.
 */
import { addDetails, type DetailTexts } from '../domain/indicators/languageText'
import type { IndicatorSet } from '../domain/indicators/schema'
import type { Language } from '../domain/language'

export type IndicatorTextPart = 'core' | 'details'

const loadCore = () => import('virtual:indicator-set/indicators-core')
const loadDetails: Record<Language, () => Promise<{ default: unknown }>> = {
  'zh-CN': () => import('virtual:indicator-set/indicator-details-zh-CN'),
  en: () => import('virtual:indicator-set/indicator-details-en'),
}
const sides = { 'zh-CN': 'zh', en: 'en' } as const

let current: IndicatorSet | null = null
/** Languages in use, and whether their details are in `current`. */
const detailed = new Map<Language, boolean>()
/** Whether some screen has asked for details; then every language in use gets them. */
let detailsWanted = false

const complete = async (language: Language): Promise<void> => {
  const needsDetails = detailsWanted && detailed.get(language) !== true
  const [core, details] = await Promise.all([
    current === null ? loadCore() : null,
    needsDetails ? loadDetails[language]() : null,
  ])
  // Both chunks come from the build plugin, which validated the zod-checked files.
  if (core !== null && current === null) current = core.default as IndicatorSet
  if (!detailed.has(language)) detailed.set(language, false)
  if (details !== null && current !== null && detailed.get(language) !== true) {
    const filled = addDetails(current, sides[language], details.default as DetailTexts)
    // Only a stale chunk from another deployment could mismatch: fail loudly, never mix texts.
    if (filled === null) throw new Error(`The indicator details (${language}) do not fit the set.`)
    current = filled
    detailed.set(language, true)
  }
}

/**
 * Makes the set usable in `language`: the core, plus the details when `parts` asks for them or a
 * screen did before. Every language already in use gets newly asked-for details too, so the set is
 * never half detailed (after a language switch on the home screen, say). No-op when all is there.
 */
export const loadIndicatorText = async (
  language: Language,
  parts: readonly IndicatorTextPart[] = [],
): Promise<void> => {
  if (parts.includes('details')) detailsWanted = true
  await Promise.all([...new Set([language, ...detailed.keys()])].map(complete))
}

/**
 * The structure, names, units and labels of the set — for scoring, completeness, lists and
 * exports. Detail texts may be empty here: screens that show them use `defaultIndicatorSet()`.
 * Call `loadIndicatorText` first.
 */
export const indicatorSetCore = (): IndicatorSet => {
  if (current === null)
    throw new Error('The indicator set is used before it was loaded (loadIndicatorText).')
  return current
}

/**
 * The set with every text, detail texts included, in every language in use. Throws when a language
 * in use lacks its details: a screen showing empty rubrics would be a silent bug.
 */
export const defaultIndicatorSet = (): IndicatorSet => {
  const set = indicatorSetCore()
  for (const [language, done] of detailed)
    if (!done)
      throw new Error(
        `The indicator details (${language}) are used before they were loaded (loadIndicatorText).`,
      )
  return set
}

/**
 * The indicator set of this id and version, when the app has it; null otherwise. The app ships
 * one set version, so this is the loaded core when both match; a frozen earlier version would be
 * looked up here too. Call `loadIndicatorText` first (the app does before its first screen).
 */
export const findIndicatorSet = (ref: { setId: string; version: string }): IndicatorSet | null => {
  const set = indicatorSetCore()
  return set.meta.setId === ref.setId && set.meta.version === ref.version ? set : null
}
