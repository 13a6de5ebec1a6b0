/** Regenerates indicators/schema.json from the zod schema: `npm run indicators:schema`. */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { serialiseJsonSchema } from '../src/content/indicatorsJsonSchema'

const target = resolve(import.meta.dirname, '../indicators/schema.json')
writeFileSync(target, serialiseJsonSchema())
console.log(`wrote ${target}`)
