import '../zodConfig'
import { z } from 'zod/mini'
import { BackupManifestSchema } from './backupManifest'

/**
 * The JSON Schema of a backup's `manifest.json`, generated from its zod schema (the single source
 * of truth) and committed as `public/backup-manifest.schema.json` so it ships with the app.
 * Regenerate it with `npm run backup:schema`; a test fails while the committed copy is stale.
 */
export const backupManifestJsonSchema = () => ({
  ...z.toJSONSchema(BackupManifestSchema, { target: 'draft-2020-12', io: 'input' }),
  $id: 'https://smart-city-maturity.local/backup-manifest.schema.json',
  title: 'Smart City Maturity backup manifest (smartcity-backup)',
  description:
    'The manifest.json of a full backup ZIP: the format and version, the app that wrote it and when, and every evidence file in the archive (at files/<sha256>) with its size and the names the answers give it. Beside it, assessments.json holds the JSON export of every assessment.',
})

export const backupManifestSchemaFile = 'backup-manifest.schema.json'

export const serialiseBackupManifestJsonSchema = (): string =>
  `${JSON.stringify(backupManifestJsonSchema(), null, 2)}\n`
