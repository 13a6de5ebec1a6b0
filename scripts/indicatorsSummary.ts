/**
 * Prints a JSON summary of the shipped indicator set on stdout: `npm run -s indicators:summary`.
 * Exit code 1 when the set has any schema or integrity problem (listed on stderr).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseU4sscCodes } from '../src/content/u4sscCodes'
import { assembleIndicatorSet } from '../src/domain/indicators/assembleIndicatorSet'
import { IndicatorDataFileSchema, type IndicatorSet } from '../src/domain/indicators/schema'
import { summariseIndicatorSet } from '../src/domain/indicators/summariseIndicatorSet'

const dir = resolve(import.meta.dirname, '../indicators')
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json') && f !== 'schema.json')
  .sort((a, b) => (a === 'meta.json' ? -1 : b === 'meta.json' ? 1 : a.localeCompare(b)))
  .map((name) => ({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown }))
const u4sscCodes = parseU4sscCodes(readFileSync(join(dir, 'reference/u4ssc-kpis.csv'), 'utf8'))
const result = assembleIndicatorSet(files, { u4sscCodes, minPrimaryPerCapability: 8 })

// Summarise even a broken set, from the files that parse, so the counts still help an editor.
const set: IndicatorSet = result.ok
  ? result.set
  : files.reduce<IndicatorSet>(
      (acc, f) => {
        const parsed = IndicatorDataFileSchema.safeParse(f.data)
        if (!parsed.success) return acc
        return parsed.data.kind === 'meta'
          ? { ...acc, meta: parsed.data }
          : { ...acc, indicators: [...acc.indicators, ...parsed.data.indicators] }
      },
      {
        meta: JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as IndicatorSet['meta'],
        indicators: [],
      },
    )
const issues = result.ok ? [] : result.issues
for (const issue of issues) console.error(`${issue.where}: ${issue.message}`)
console.log(JSON.stringify(summariseIndicatorSet(set, issues), null, 2))
process.exit(issues.length === 0 ? 0 : 1)
