import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { departmentJsonSchemas, type DepartmentSchemaFile } from './departmentJsonSchemas'

const files = Object.keys(departmentJsonSchemas) as DepartmentSchemaFile[]

describe('the department files’ JSON Schemas', () => {
  it.each(files)('%s is committed in public/ and matches the zod schema', (file) => {
    const committed: unknown = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../public', file), 'utf8'),
    )
    expect(committed, `public/${file} is stale: run \`npm run departments:schema\``).toEqual(
      departmentJsonSchemas[file](),
    )
  })

  it('describe strict objects with their format and version', () => {
    const read = (file: DepartmentSchemaFile) =>
      departmentJsonSchemas[file]() as {
        additionalProperties: boolean
        required: string[]
        properties: Record<string, { const?: unknown }>
      }
    const pkg = read('department-package.schema.json')
    const ret = read('department-return.schema.json')
    expect([pkg.additionalProperties, ret.additionalProperties]).toEqual([false, false])
    expect(pkg.properties.format?.const).toBe('smartcity-department-package')
    expect(ret.properties.format?.const).toBe('smartcity-department-return')
    expect([pkg.properties.schemaVersion?.const, ret.properties.schemaVersion?.const]).toEqual([
      1, 1,
    ])
    expect(pkg.required).toEqual(expect.arrayContaining(['packageId', 'indicatorIds', 'answers']))
    expect(ret.required).toEqual(expect.arrayContaining(['packageId', 'respondent', 'answers']))
  })
})
