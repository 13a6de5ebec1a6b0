/**
 * The manifest of a full backup (`manifest.json` inside the ZIP): which format and version the
 * archive has, which app wrote it and when, and every evidence file it holds, by the SHA-256 of its
 * bytes, with its size and the names the answers give it. This zod schema is the single source of
 * truth; its JSON Schema ships as `public/backup-manifest.schema.json`.
 *
 * The archive beside it: `assessments.json` (the JSON export, exactly as "Export all" writes it,
 * indicator sets brought by the user included) and each file's bytes at `files/<sha256>`, one
 * entry per hash however many answers attach it. Reading it never trusts it: see `readBackup`.
 */
import '../zodConfig'
import { z } from 'zod/mini'
import { limits } from '../assessment/answer'
import { backupLimits } from './backupLimits'

export const backupFormat = 'smartcity-backup'
/** The version this app writes and the newest it reads. */
export const backupSchemaVersion = 1

export const manifestEntry = 'manifest.json'
export const assessmentsEntry = 'assessments.json'
/** The folder of the files' bytes: `files/<sha256 hex>`. */
export const filesFolder = 'files/'

const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/))

export const BackupFileEntrySchema = z.strictObject({
  sha256: sha256Hex,
  /** The number of bytes; the bytes at `files/<sha256>` must have exactly this many. */
  size: z.number().check(z.int(), z.gte(0), z.lte(backupLimits.maxFileBytes)),
  /** The names the answers give the file (one file may be attached under several names). */
  names: z
    .array(z.string().check(z.minLength(1), z.maxLength(limits.fileNameLength)))
    .check(z.minLength(1), z.maxLength(backupLimits.maxNamesPerFile)),
})
export type BackupFileEntry = z.infer<typeof BackupFileEntrySchema>

export const BackupManifestSchema = z.strictObject({
  format: z.literal(backupFormat),
  schemaVersion: z.literal(backupSchemaVersion),
  /** The version of the app that wrote the archive, for support; not used when reading. */
  appVersion: z.string().check(z.maxLength(50)),
  createdAt: z.iso.datetime(),
  /** Every file in the archive, sorted by hash. */
  files: z.array(BackupFileEntrySchema).check(z.maxLength(backupLimits.maxEntries)),
})
export type BackupManifest = z.infer<typeof BackupManifestSchema>
