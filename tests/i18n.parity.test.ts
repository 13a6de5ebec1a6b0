import { describe, expect, it } from 'vitest'
import { fetchLocaleBundle, localeBundles } from '../src/i18n/localeBundles'
import enCounty from '../src/i18n/locales/en.county.json'
import enPersistence from '../src/i18n/locales/en.persistence.json'
import enRescue from '../src/i18n/locales/en.rescue.json'
import enSets from '../src/i18n/locales/en.sets.json'
import enDepartments from '../src/i18n/locales/en.departments.json'
import enMerge from '../src/i18n/locales/en.merge.json'
import enWorkspace from '../src/i18n/locales/en.workspace.json'
import enProvenance from '../src/i18n/locales/en.provenance.json'
import enBackup from '../src/i18n/locales/en.backup.json'
import enEvidenceFiles from '../src/i18n/locales/en.files.json'
import enZipReturn from '../src/i18n/locales/en.zipreturn.json'
import enArchive from '../src/i18n/locales/en.archive.json'
import zhCNCounty from '../src/i18n/locales/zh-CN.county.json'
import zhCNPersistence from '../src/i18n/locales/zh-CN.persistence.json'
import zhCNRescue from '../src/i18n/locales/zh-CN.rescue.json'
import zhCNSets from '../src/i18n/locales/zh-CN.sets.json'
import zhCNDepartments from '../src/i18n/locales/zh-CN.departments.json'
import zhCNMerge from '../src/i18n/locales/zh-CN.merge.json'
import zhCNWorkspace from '../src/i18n/locales/zh-CN.workspace.json'
import zhCNProvenance from '../src/i18n/locales/zh-CN.provenance.json'
import zhCNBackup from '../src/i18n/locales/zh-CN.backup.json'
import zhCNEvidenceFiles from '../src/i18n/locales/zh-CN.files.json'
import zhCNZipReturn from '../src/i18n/locales/zh-CN.zipreturn.json'
import zhCNArchive from '../src/i18n/locales/zh-CN.archive.json'
import type { Language } from '../src/domain/language'

/**
 * The text that comes with its code rather than in a bundle: the rescue panels'
 * (`rescueText.ts`), "does the browser keep the data" (`persistenceText.ts`), why a set file
 * is refused (`setsText.ts`), the questionnaire's county-level target (`countyText.ts`), and the
 * departments, merge and department-workspace screens (`departmentsText.ts`, `mergeText.ts`,
 * `workspaceText.ts`), the full backup's (`backupText.ts`), and the evidence files attached to
 * answers (`evidenceFilesText.ts`), a department's ZIP return (`zipReturnText.ts`), and what every ZIP archive shares
 * (`archiveText.ts`).
 */
const textWithCode: Record<Language, object[]> = {
  en: [
    enRescue,
    enPersistence,
    enSets,
    enCounty,
    enDepartments,
    enMerge,
    enWorkspace,
    enProvenance,
    enBackup,
    enEvidenceFiles,
    enZipReturn,
    enArchive,
  ],
  'zh-CN': [
    zhCNRescue,
    zhCNPersistence,
    zhCNSets,
    zhCNCounty,
    zhCNDepartments,
    zhCNMerge,
    zhCNWorkspace,
    zhCNProvenance,
    zhCNBackup,
    zhCNEvidenceFiles,
    zhCNZipReturn,
    zhCNArchive,
  ],
}

/** Everything the app can load in one language: every bundle merged. */
const allText = async (language: Language) =>
  Object.assign(
    {},
    ...(await Promise.all(localeBundles.map((bundle) => fetchLocaleBundle(language, bundle)))),
    ...textWithCode[language],
  ) as Record<string, unknown>

const en = await allText('en')
const zhCN = await allText('zh-CN')

/** Flattens nested locale objects to `a.b.c → value` so key sets can be compared. */
const flatten = (value: unknown, prefix = ''): Map<string, unknown> => {
  const out = new Map<string, unknown>()
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [k, v] of flatten(child, prefix === '' ? key : `${prefix}.${key}`)) out.set(k, v)
    }
  } else {
    out.set(prefix, value)
  }
  return out
}

const interpolations = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort()

describe('locale files', () => {
  const zh = flatten(zhCN)
  const english = flatten(en)

  it('have identical key sets', () => {
    const onlyZh = [...zh.keys()].filter((k) => !english.has(k))
    const onlyEn = [...english.keys()].filter((k) => !zh.has(k))
    expect({ onlyZh, onlyEn }).toEqual({ onlyZh: [], onlyEn: [] })
  })

  it('have no empty or non-string values', () => {
    const bad = [...zh, ...english].filter(([, v]) => typeof v !== 'string' || v.trim() === '')
    expect(bad).toEqual([])
  })

  it('use the same interpolation variables in both languages', () => {
    const mismatched = [...english.keys()].filter(
      (key) =>
        interpolations(String(english.get(key))).join() !==
        interpolations(String(zh.get(key) ?? '')).join(),
    )
    expect(mismatched).toEqual([])
  })

  it('write Chinese in the Chinese file (no untranslated English left behind)', () => {
    const latinOnly = [...zh].filter(
      ([key, v]) =>
        typeof v === 'string' && !/[\u4e00-\u9fff]/.test(v) && !key.startsWith('language.'),
    )
    expect(latinOnly).toEqual([])
  })
})

describe('locale feature files', () => {
  it('never define the same top-level section twice (a merge would silently drop keys)', () => {
    const files = import.meta.glob<Record<string, unknown>>('../src/i18n/locales/*.json', {
      eager: true,
      import: 'default',
    })
    for (const lang of ['en', 'zh-CN']) {
      const sections = Object.entries(files)
        .filter(([path]) => new RegExp(`/${lang}(\\.[a-z]+)?\\.json$`).test(path))
        .flatMap(([, data]) => Object.keys(data))
      expect(sections.length, lang).toBeGreaterThan(5)
      expect(
        sections.filter((s, i) => sections.indexOf(s) !== i),
        lang,
      ).toEqual([])
    }
  })

  it('are all reachable through a bundle (a file no bundle loads would show raw keys)', () => {
    const files = import.meta.glob<Record<string, unknown>>('../src/i18n/locales/*.json', {
      eager: true,
      import: 'default',
    })
    const sectionsOf = (lang: string) =>
      Object.entries(files)
        .filter(([path]) => new RegExp(`/${lang}(\\.[a-z]+)?\\.json$`).test(path))
        .flatMap(([, data]) => Object.keys(data))
        .sort()
    expect(Object.keys(en).sort()).toEqual(sectionsOf('en'))
    expect(Object.keys(zhCN).sort()).toEqual(sectionsOf('zh-CN'))
  })
})
