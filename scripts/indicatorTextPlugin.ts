/**
 * Serves the indicator set in parts: `virtual:indicator-set/indicators-core` is the whole structure
 * with the names, units and labels of both languages (what the first screen and scoring need;
 * small), and `virtual:indicator-set/indicator-details-zh-CN` / `…-en` one language's long texts — methods,
 * rubrics, evidence, source notes — in order (see `splitDetails`). The full files are validated
 * here, at build time (schema + integrity), so bad data fails the build and the browser only
 * downloads the long text it shows.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import { parseU4sscCodes } from '../src/content/u4sscCodes'
import { assembleIndicatorSet } from '../src/domain/indicators/assembleIndicatorSet'
import { splitDetails } from '../src/domain/indicators/languageText'

const prefix = 'virtual:indicator-set/'
const languages = { 'zh-CN': 'zh', en: 'en' } as const

export const indicatorTextPlugin = (): Plugin => {
  const dir = resolve(import.meta.dirname, '../indicators')
  const files = () =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.json') && f !== 'schema.json')
      .sort((a, b) => (a === 'meta.json' ? -1 : b === 'meta.json' ? 1 : a.localeCompare(b)))
  return {
    name: 'indicator-set-by-language',
    resolveId: (id) => (id.startsWith(prefix) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${prefix}`)) return null
      const name = id.slice(prefix.length + 1)
      const language = /^indicator-details-(zh-CN|en)$/.exec(name)?.[1] as
        keyof typeof languages | undefined
      if (name !== 'indicators-core' && language === undefined)
        throw new Error(`unknown indicator text module ${name}`)
      for (const f of files()) this.addWatchFile(join(dir, f))
      const result = assembleIndicatorSet(
        files().map((name) => ({
          name,
          data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown,
        })),
        {
          u4sscCodes: parseU4sscCodes(readFileSync(join(dir, 'reference/u4ssc-kpis.csv'), 'utf8')),
          minPrimaryPerCapability: 8,
        },
      )
      if (!result.ok) {
        throw new Error(
          `indicators/ is invalid:\n${result.issues.map((i) => `  ${i.where}: ${i.message}`).join('\n')}`,
        )
      }
      const { core, details } = splitDetails(
        result.set,
        language === undefined ? 'zh' : languages[language],
      )
      return `export default ${JSON.stringify(language === undefined ? core : details)}`
    },
  }
}
