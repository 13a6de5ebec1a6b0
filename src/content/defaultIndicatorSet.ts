/**
 * The default indicator set, bundled from `indicators/*.json` (validated at build time by
 * scripts/indicatorTextPlugin.ts). Each interface language's text is a separate chunk: the
 * current one is loaded before the first render, the other when the user switches. This is the
 * only module in `src` that reads indicator content.
 */
import { joinLanguages } from '../domain/indicators/languageText'
import type { IndicatorSet } from '../domain/indicators/schema'
import type { Language } from '../i18n/languages'

const loaders: Record<Language, () => Promise<{ default: unknown }>> = {
  'zh-CN': () => import('virtual:indicator-set/zh-CN'),
  en: () => import('virtual:indicator-set/en'),
}

let current: IndicatorSet | null = null
const loaded = new Set<Language>()

/** Makes the set's text available in `language` (no-op when it already is). */
export const loadIndicatorText = async (language: Language): Promise<void> => {
  if (loaded.has(language)) return
  // The module was produced and validated by the build plugin from the zod-checked files.
  const part = (await loaders[language]()).default as IndicatorSet
  current = current === null ? part : joinLanguages(current, part)
  loaded.add(language)
}

/** The set with the text of every language loaded so far. Call `loadIndicatorText` first. */
export const defaultIndicatorSet = (): IndicatorSet => {
  if (current === null)
    throw new Error('The indicator set is used before its text was loaded (loadIndicatorText).')
  return current
}
