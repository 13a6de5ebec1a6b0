/**
 * Regenerates public/department-package.schema.json and public/department-return.schema.json from
 * their zod schemas: `npm run departments:schema`. Formatted with the project's Prettier settings
 * so `format:check` stays green; the staleness test compares their parsed content.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import {
  departmentJsonSchemas,
  serialiseDepartmentJsonSchema,
  type DepartmentSchemaFile,
} from '../src/domain/departments/departmentJsonSchemas'

for (const file of Object.keys(departmentJsonSchemas) as DepartmentSchemaFile[]) {
  const target = resolve(import.meta.dirname, '../public', file)
  const options = (await resolveConfig(target)) ?? {}
  writeFileSync(
    target,
    await format(serialiseDepartmentJsonSchema(file), { ...options, filepath: target }),
  )
  console.log(`wrote ${target}`)
}
