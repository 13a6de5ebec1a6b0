import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setFileJsonSchema } from './setFileJsonSchema'

describe('the set-file JSON Schema', () => {
  it('is committed at public/indicator-set.schema.json and matches the zod schema', () => {
    const committed: unknown = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../../../public/indicator-set.schema.json'),
        'utf8',
      ),
    )
    expect(
      committed,
      'public/indicator-set.schema.json is stale: run `npm run sets:schema`',
    ).toEqual(setFileJsonSchema())
  })

  it('describes a strict object with the kind, the format and the limits', () => {
    const schema = setFileJsonSchema() as {
      additionalProperties: boolean
      required: string[]
      properties: Record<string, { const?: unknown; maxItems?: number; required?: string[] }>
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.required).toEqual(['kind', 'format', 'meta', 'indicators'])
    expect(schema.properties.kind?.const).toBe('indicator-set')
    expect(schema.properties.format?.const).toBe(1)
    expect(schema.properties.indicators?.maxItems).toBe(500)
    expect(schema.properties.meta?.required).not.toContain('kind')
    const text = JSON.stringify(schema)
    expect(text).toContain('"maxLength":4000')
    expect(text).toContain('"pattern":"^[A-Z][A-Z0-9]{0,7}-\\\\d{3}$"')
  })
})
