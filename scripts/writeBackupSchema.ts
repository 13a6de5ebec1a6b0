/**
 * Regenerates public/backup-manifest.schema.json from its zod schema: `npm run backup:schema`.
 * Formatted with the project's Prettier settings so `format:check` stays green; the staleness test
 * compares the parsed content.
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format, resolveConfig } from 'prettier'
import {
  backupManifestSchemaFile,
  serialiseBackupManifestJsonSchema,
} from '../src/domain/backup/backupJsonSchema'

const target = resolve(import.meta.dirname, '../public', backupManifestSchemaFile)
const options = (await resolveConfig(target)) ?? {}
writeFileSync(
  target,
  await format(serialiseBackupManifestJsonSchema(), { ...options, filepath: target }),
)
console.log(`wrote ${target}`)
