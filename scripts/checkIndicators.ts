/**
 * Validates every JSON file in indicators/ against the schema and the integrity rules, and prints
 * every problem at once. Exit code 1 when any problem is found.
 *   npx tsx scripts/checkIndicators.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { IndicatorDataFileSchema } from '../src/domain/indicators/schema'

const dir = resolve(import.meta.dirname, '../indicators')
let problems = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
  const parsed = IndicatorDataFileSchema.safeParse(
    JSON.parse(readFileSync(join(dir, file), 'utf8')),
  )
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems++
      console.log(`${file}: ${issue.path.join('.')}: ${issue.message}`)
    }
  }
}
console.log(problems === 0 ? 'no problems' : `${problems} problem(s)`)
process.exit(problems === 0 ? 0 : 1)
