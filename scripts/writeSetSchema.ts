/**
 * Regenerates public/indicator-set.schema.json from the zod schema: `npm run sets:schema`. The file
 * is formatted with the project's Prettier settings so `format:check` stays green; the staleness
 * test compares its parsed content with the generated schema.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { serialiseSetFileJsonSchema } from '../src/domain/indicators/setFileJsonSchema'

const target = resolve(import.meta.dirname, '../public/indicator-set.schema.json')
const options = (await resolveConfig(target)) ?? {}
writeFileSync(target, await format(serialiseSetFileJsonSchema(), { ...options, filepath: target }))
console.log(`wrote ${target}`)
