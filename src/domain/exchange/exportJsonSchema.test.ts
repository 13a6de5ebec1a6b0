import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exportJsonSchema, serialiseExportJsonSchema } from './exportJsonSchema'

describe('the export JSON Schema', () => {
  it('is committed at public/export.schema.json and matches the zod schema', () => {
    const committed: unknown = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../../public/export.schema.json'), 'utf8'),
    )
    expect(committed, 'public/export.schema.json is stale: run `npm run export:schema`').toEqual(
      exportJsonSchema(),
    )
  })

  it('describes strict objects with the format, version and limits', () => {
    const schema = JSON.parse(serialiseExportJsonSchema()) as {
      additionalProperties: boolean
      required: string[]
      properties: Record<string, { const?: unknown; maxItems?: number }>
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(
      expect.arrayContaining(['format', 'schemaVersion', 'appVersion', 'exportedAt']),
    )
    expect(schema.properties.format?.const).toBe('smartcity-assessment-export')
    expect(schema.properties.schemaVersion?.const).toBe(3)
    expect(schema.properties.assessments?.maxItems).toBe(500)
    expect(serialiseExportJsonSchema()).toContain('"maxLength": 20000')
  })
})
