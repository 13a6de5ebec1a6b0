import '../zodConfig'
import { z } from 'zod/mini'
import { ExportFileSchema } from './exportFile'

/**
 * The JSON Schema of export files, generated from the zod schema (the single source of truth) and
 * committed at `public/export.schema.json` so it ships with the app. Regenerate it with
 * `npm run export:schema`; a test fails while the committed copy is stale.
 */
export const exportJsonSchema = (): Record<string, unknown> => ({
  ...z.toJSONSchema(ExportFileSchema, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://smart-city-maturity.local/export.schema.json',
  title: 'Smart City Maturity self-assessment export (smartcity-assessment-export)',
  description:
    'Assessments exported from the Smart City Maturity Self-Assessment app: a backup that the app imports again.',
})

export const serialiseExportJsonSchema = (): string =>
  `${JSON.stringify(exportJsonSchema(), null, 2)}\n`
