/**
 * Prints a JSON summary of the shipped indicator set on stdout: `npm run -s indicators:summary`.
 * Exit code 1 when the set has any schema or integrity problem (listed on stderr): the same checks
 * the build runs.
 */
import { IndicatorDataFileSchema, type IndicatorSet } from '../src/domain/indicators/schema'
import { summariseIndicatorSet } from '../src/domain/indicators/summariseIndicatorSet'
import { assembleShippedSet, readIndicatorFiles } from './build/indicatorFiles'

const files = readIndicatorFiles()
const result = assembleShippedSet(files)

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
        meta: files.find((f) => f.name === 'meta.json')?.data as IndicatorSet['meta'],
        indicators: [],
      },
    )
const issues = result.ok ? [] : result.issues
for (const issue of issues) console.error(`${issue.where}: ${issue.message}`)
console.log(JSON.stringify(summariseIndicatorSet(set, issues), null, 2))
process.exit(issues.length === 0 ? 0 : 1)
