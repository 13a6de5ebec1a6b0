import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { backupManifestJsonSchema, backupManifestSchemaFile } from './backupJsonSchema'

describe('the backup manifest’s JSON Schema', () => {
  it('is committed in public/ and matches the zod schema', () => {
    const committed: unknown = JSON.parse(
      readFileSync(
        resolve(import.meta.dirname, '../../../public', backupManifestSchemaFile),
        'utf8',
      ),
    )
    expect(
      committed,
      'public/backup-manifest.schema.json is stale: run `npm run backup:schema`',
    ).toEqual(backupManifestJsonSchema())
  })

  it('describes a strict object with its format, version and files', () => {
    const schema = backupManifestJsonSchema() as {
      additionalProperties: boolean
      required: string[]
      properties: Record<string, { const?: unknown }>
    }
    expect(schema.additionalProperties).toBe(false)
    expect(schema.properties.format?.const).toBe('smartcity-backup')
    expect(schema.properties.schemaVersion?.const).toBe(1)
    expect(schema.required).toEqual(expect.arrayContaining(['createdAt', 'files']))
  })
})
