/**
 * Regenerates public/export.schema.json from the zod schema: `npm run export:schema`. The file is
 * formatted with the project's Prettier settings so `format:check` stays green; the staleness test
 * compares its parsed content with the generated schema.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import { serialiseExportJsonSchema } from '../src/domain/exchange/exportJsonSchema'

const target = resolve(import.meta.dirname, '../public/export.schema.json')
const options = (await resolveConfig(target)) ?? {}
writeFileSync(target, await format(serialiseExportJsonSchema(), { ...options, filepath: target }))
console.log(`wrote ${target}`)
