import type { Language } from './languages'

/**
 * Interface text is split so the first visit downloads only what the first screens show, in one
 * language: `core` (shell, home, new assessment, questionnaire, import/export) and `report` (results,
 * methodology, print, compare). Each file keeps disjoint top-level sections, so bundles merge
 * without overwriting each other.
 */
export type LocaleBundle = 'core' | 'report'
export const localeBundles: readonly LocaleBundle[] = ['core', 'report']

type Loader = () => Promise<{ default: object }>

const loaders: Record<Language, Record<LocaleBundle, readonly Loader[]>> = {
  'zh-CN': {
    core: [() => import('./locales/zh-CN.json'), () => import('./locales/zh-CN.exchange.json')],
    report: [
      () => import('./locales/zh-CN.results.json'),
      () => import('./locales/zh-CN.print.json'),
      () => import('./locales/zh-CN.compare.json'),
    ],
  },
  en: {
    core: [() => import('./locales/en.json'), () => import('./locales/en.exchange.json')],
    report: [
      () => import('./locales/en.results.json'),
      () => import('./locales/en.print.json'),
      () => import('./locales/en.compare.json'),
    ],
  },
}

/** Fetches one bundle of one language as a single object of top-level sections. */
export const fetchLocaleBundle = async (
  language: Language,
  bundle: LocaleBundle,
): Promise<Record<string, unknown>> => {
  const parts = await Promise.all(loaders[language][bundle].map((load) => load()))
  return Object.assign({}, ...parts.map((part) => part.default)) as Record<string, unknown>
}
