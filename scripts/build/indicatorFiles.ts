/**
 * The one reader of `indicators/`, for everything that runs in Node: the build plugin, the summary
 * command and the tests. Explicit `.ts` extensions throughout: `vite.config.ts` imports this at
 * config time, and Node (Vite's native config loader) resolves only exact file names.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseU4sscCodes } from '../../src/content/u4sscCodes.ts'
import {
  assembleIndicatorSet,
  type AssembleResult,
  type DataFile,
} from '../../src/domain/indicators/assembleIndicatorSet.ts'
import type { CheckOptions } from '../../src/domain/indicators/checkIndicatorSet.ts'
import type { IndicatorSet } from '../../src/domain/indicators/schema.ts'

/** The folder of the shipped set. */
export const indicatorsDir = resolve(import.meta.dirname, '../../indicators')

/**
 * What the shipped set must pass beyond the schema and the general integrity rules: every
 * capability is the primary one of at least 8 indicators, every indicator id starts with `SC-`
 * (a set a user brings takes its own prefix), and every U4SSC code an indicator cites is listed in
 * this CSV (relative to the set's folder).
 */
export const shippedSetChecks = {
  minPrimaryPerCapability: 8,
  idPrefix: 'SC',
  u4sscCodesFile: 'reference/u4ssc-kpis.csv',
} as const

/**
 * The data files of a set folder with their parsed JSON, by file name: `meta.json` first, then
 * every other `*.json` in name order (the order of the indicators in the set). `schema.json` is the
 * generated JSON Schema, not data; sub-folders (`reference/`) are not read. Any other JSON file is
 * returned, so a misnamed or stray file fails validation instead of being skipped.
 */
export const readIndicatorFiles = (dir: string = indicatorsDir): DataFile[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.json') && e.name !== 'schema.json')
    .map((e) => e.name)
    .sort((a, b) => (a === 'meta.json' ? -1 : b === 'meta.json' ? 1 : a.localeCompare(b)))
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }))

/** The checks of {@link shippedSetChecks} with the U4SSC codes read from the set's folder. */
const readShippedSetChecks = (dir: string = indicatorsDir): CheckOptions => ({
  minPrimaryPerCapability: shippedSetChecks.minPrimaryPerCapability,
  idPrefix: shippedSetChecks.idPrefix,
  u4sscCodes: parseU4sscCodes(readFileSync(join(dir, shippedSetChecks.u4sscCodesFile), 'utf8')),
})

/** The files of a set folder assembled and checked as the shipped set is (schema + integrity). */
export const assembleShippedSet = (
  files: readonly DataFile[] = readIndicatorFiles(),
  dir: string = indicatorsDir,
): AssembleResult => assembleIndicatorSet(files, readShippedSetChecks(dir))

/** The set of a valid result; for an invalid one, an error that lists every problem. */
export const setOrThrow = (result: AssembleResult): IndicatorSet => {
  if (result.ok) return result.set
  throw new Error(
    `indicators/ is invalid:\n${result.issues.map((i) => `  ${i.where}: ${i.message}`).join('\n')}`,
  )
}

/** The shipped set as the build bundles it (tests compare the app's copy with it). */
export const shippedSet = (): IndicatorSet => setOrThrow(assembleShippedSet())
