import '../zodConfig'
import { z } from 'zod/mini'
import { SetFileSchema } from './setFile'

/**
 * The JSON Schema of set files, generated from the zod schema (the single source of truth) and
 * committed at `public/indicator-set.schema.json`, next to `export.schema.json`, so it ships with
 * the app. Regenerate it with `npm run sets:schema`; a test fails while the committed copy is stale.
 */
export const setFileJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(SetFileSchema, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://smart-city-maturity.local/indicator-set.schema.json',
  title: 'Smart City Maturity indicator set (indicator-set, format 1)',
  description:
    'A whole indicator set in one file: the meta header and every indicator, as the app imports it and offers the built-in set.',
})

export const serialiseSetFileJsonSchema = (): string =>
  `${JSON.stringify(setFileJsonSchema(), null, 2)}\n`
