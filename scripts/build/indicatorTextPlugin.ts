/**
 * Serves the indicator set in parts: `virtual:indicator-set/indicators-core` is the whole structure
 * with the names, units and labels of both languages (what the first screen and scoring need;
 * small), and `virtual:indicator-set/indicator-details-zh-CN` / `…-en` one language's long texts — methods,
 * rubrics, evidence, source notes — in order (see `splitDetails`). The full files are validated
 * here, at build time (schema + integrity), so bad data fails the build and the browser only
 * downloads the long text it shows. Imports carry explicit `.ts` extensions: `vite.config.ts` loads
 * this module, and what it reaches, at config time.
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

const prefix = 'virtual:indicator-set/'
const languages = { 'zh-CN': 'zh', en: 'en' } as const

export const indicatorTextPlugin = (): Plugin => ({
  name: 'indicator-set-by-language',
  resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
  load(id) {
    if (!id.startsWith(`\0${prefix}`)) return null
    const name = id.slice(prefix.length + 1)
    const language = /^indicator-details-(zh-CN|en)$/.exec(name)?.[1] as
      keyof typeof languages | undefined
    if (name !== 'indicators-core' && language === undefined)
      throw new Error(`unknown indicator text module ${name}`)
    const files = readIndicatorFiles()
    for (const f of files) this.addWatchFile(join(indicatorsDir, f.name))
    this.addWatchFile(join(indicatorsDir, shippedSetChecks.u4sscCodesFile))
    const { core, details } = splitDetails(
      setOrThrow(assembleShippedSet(files)),
      language === undefined ? 'zh' : languages[language],
    )
    return `export default ${JSON.stringify(language === undefined ? core : details)}`
  },
})
