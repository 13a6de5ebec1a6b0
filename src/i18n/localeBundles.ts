import type { Language } from '../domain/language'

/**
 * Interface text is split so the first visit downloads only what the first screens show, in one
 * language: `core` (shell, home, new assessment, questionnaire, import/export) and `report` (results,
 * methodology, print, compare, moving to a newer set version, and why an imported file was
 * refused). Each file keeps disjoint top-level sections, so bundles merge without overwriting each
 * other. (The rescue panels' text comes with their code: `rescueText.ts`.)
 */
export type LocaleBundle = 'core' | 'report'
export const localeBundles: readonly LocaleBundle[] = ['core', 'report']

type Loader = () => Promise<{ resources: object }>

// One module per language and bundle, so each is a single chunk (one request, one gzip stream).
const loaders: Record<Language, Record<LocaleBundle, Loader>> = {
  'zh-CN': {
    core: () => import('./bundles/zh-CN.core'),
    report: () => import('./bundles/zh-CN.report'),
  },
  en: {
    core: () => import('./bundles/en.core'),
    report: () => import('./bundles/en.report'),
  },
}

/** Fetches one bundle of one language as a single object of top-level sections. */
export const fetchLocaleBundle = async (
  language: Language,
  bundle: LocaleBundle,
): Promise<Record<string, unknown>> =>
  ({ ...(await loaders[language][bundle]()).resources }) as Record<string, unknown>
