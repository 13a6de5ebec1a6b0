/**
 * Serves the released indicator sets (scripts/build/releases.ts) in parts, so a browser downloads
 * only the versions its assessments use, and of those only the text it shows:
 *
 * - `virtual:indicator-set/releases`: the list of releases (set id, version, content hash), each
 *   with loaders of its parts; tiny, in the first download.
 * - `virtual:indicator-set/indicators-core-<setId>-<version with _ for .>`: one release's
 *   structure with the names, units and labels of both languages (what lists and scoring need).
 * - `virtual:indicator-set/indicator-details-<zh-CN|en>-<same>`: one language's long
 *   texts of that release — methods, rubrics, evidence, source notes — in order (`splitDetails`).
 *
 * Every release is validated here, at build time (schema, integrity, frozen content hash), and so
 * is the working copy in `indicators/`, so bad data fails the build. Imports carry explicit `.ts`
 * extensions: `vite.config.ts` loads this module, and what it reaches, at config time.
 */
import { join } from 'node:path'
import type { Plugin } from 'vite'
import { splitDetails } from '../../src/domain/indicators/languageText.ts'
import {
  assembleShippedSet,
  indicatorsDir,
  readIndicatorFiles,
  setOrThrow,
  shippedSetChecks,
} from './indicatorFiles.ts'
import { releasesDir, shippedReleases, type Release } from './releases.ts'

const prefix = 'virtual:indicator-set/'
const languages = { 'zh-CN': 'zh', en: 'en' } as const
type Language = keyof typeof languages

/** A release in a module id and chunk name: `scm-default-1_0_0` (a dot would end the name). */
const slugOf = ({ entry }: Release) => `${entry.setId}-${entry.version.replaceAll('.', '_')}`
const coreId = (slug: string) => `${prefix}indicators-core-${slug}`
const detailsId = (language: Language, slug: string) =>
  `${prefix}indicator-details-${language}-${slug}`

/** The manifest module: every release with `import()`s of its parts, so each is its own chunk. */
const manifest = (releases: readonly Release[]) =>
  `export const releases = [${releases
    .map((release) => {
      const { entry } = release
      const key = slugOf(release)
      return `{
  setId: ${JSON.stringify(entry.setId)},
  version: ${JSON.stringify(entry.version)},
  hash: ${JSON.stringify(entry.sha256)},
  core: () => import(${JSON.stringify(coreId(key))}),
  details: {
    'zh-CN': () => import(${JSON.stringify(detailsId('zh-CN', key))}),
    en: () => import(${JSON.stringify(detailsId('en', key))}),
  },
}`
    })
    .join(',\n')}]`

export const indicatorTextPlugin = (): Plugin => ({
  name: 'indicator-set-by-language',
  resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith(`\0${prefix}`)) return null
    const name = id.slice(prefix.length + 1)
    // The working copy is checked on every build, released or not: an invalid edit fails early.
    const files = readIndicatorFiles()
    for (const f of files) this.addWatchFile(join(indicatorsDir, f.name))
    this.addWatchFile(join(indicatorsDir, shippedSetChecks.u4sscCodesFile))
    this.addWatchFile(join(releasesDir, 'releases.json'))
    setOrThrow(assembleShippedSet(files))
    const releases = shippedReleases()
    if (name === 'releases') return manifest(releases)
    const part = /^(indicators-core|indicator-details-(zh-CN|en))-(.+)$/.exec(name)
    const release = releases.find((r) => slugOf(r) === part?.[3])
    if (part === null || release === undefined)
      throw new Error(`unknown indicator text module ${name}`)
    const language = part[2] as Language | undefined
    const { core, details } = splitDetails(
      release.set,
      language === undefined ? 'zh' : languages[language],
    )
    return `export default ${JSON.stringify(language === undefined ? core : details)}`
  },
})
