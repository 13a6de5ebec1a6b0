import { importLimits } from '../exchange/importLimits'

/**
 * How much one backup archive may hold, checked on what the archive declares before anything is
 * inflated, and again on what inflating really yields. Generous for a city (a few hundred
 * documents of some MB each), small enough that a hostile archive cannot exhaust the tab.
 */
export const backupLimits = {
  /** The archive file itself. */
  maxArchiveBytes: 650 * 1024 * 1024,
  /** Entries in the archive: the manifest, the assessments and one per file. */
  maxEntries: 2_000,
  /** The sum of the declared unpacked sizes of every entry. */
  maxTotalBytes: 600 * 1024 * 1024,
  /** One evidence file, as the file storage keeps it (25 MB). */
  maxFileBytes: 25 * 1024 * 1024,
  /** `assessments.json`: the limit of a JSON import. */
  maxAssessmentsBytes: importLimits.maxBytes,
  /** `manifest.json`: about 2,000 files with a few names each. */
  maxManifestBytes: 2 * 1024 * 1024,
  /** Names one file is attached under: at most one per answer attaching it, within reason. */
  maxNamesPerFile: 1_000,
} as const
