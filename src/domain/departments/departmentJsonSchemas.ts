import '../zodConfig'
import { z } from 'zod/mini'
import { PackageFileSchema } from './packageFile'
import { ReturnFileSchema } from './returnFile'

/**
 * The JSON Schemas of the department files, generated from their zod schemas (the single source
 * of truth) and committed under `public/` so they ship with the app. Regenerate them with
 * `npm run departments:schema`; a test fails while a committed copy is stale.
 */
export const departmentJsonSchemas = {
  'department-package.schema.json': () => ({
    ...z.toJSONSchema(PackageFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://smart-city-maturity.local/department-package.schema.json',
    title: 'Smart City Maturity department package (smartcity-department-package)',
    description:
      'What the coordinating office sends one department: the assessment it answers for, the indicators assigned to it with their current answers, and the indicator set when it is not built into the app.',
  }),
  'department-return.schema.json': () => ({
    ...z.toJSONSchema(ReturnFileSchema, { target: 'draft-2020-12', io: 'input' }),
    $id: 'https://smart-city-maturity.local/department-return.schema.json',
    title: 'Smart City Maturity department return (smartcity-department-return)',
    description:
      "A department's answers to its package, with who filled them in and when, which the coordinating office merges answer by answer.",
  }),
} as const satisfies Record<string, () => Record<string, unknown>>

export type DepartmentSchemaFile = keyof typeof departmentJsonSchemas

export const serialiseDepartmentJsonSchema = (file: DepartmentSchemaFile): string =>
  `${JSON.stringify(departmentJsonSchemas[file](), null, 2)}\n`
