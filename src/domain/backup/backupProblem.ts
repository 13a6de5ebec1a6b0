import type { ImportProblem } from '../exchange/importFile'

/**
 * Why a backup archive is refused. Names from the archive are excerpts; hashes are whole (64
 * characters, so a reviewer can look the file up).
 */
export type BackupProblem =
  | { kind: 'archive-too-large'; bytes: number; max: number }
  /** Not a ZIP archive, or one whose structure cannot be read. */
  | { kind: 'not-a-zip' }
  | { kind: 'empty' }
  | { kind: 'too-many-entries'; max: number }
  /** An entry name that could write outside a folder (`..`, `/abs`, `C:`, `a\b`, `a//b`). */
  | { kind: 'unsafe-name'; name: string }
  /** An entry this format has no place for. */
  | { kind: 'unknown-entry'; name: string }
  | { kind: 'duplicate-entry'; name: string }
  | { kind: 'unsupported-compression'; name: string }
  /** An entry that declares more unpacked bytes than its kind may have. */
  | { kind: 'entry-too-large'; name: string; bytes: number; max: number }
  /** The declared unpacked sizes add up to more than an archive may hold. */
  | { kind: 'total-too-large'; bytes: number; max: number }
  /** An entry's unpacked bytes differ from what its header declares (a lying header). */
  | { kind: 'size-mismatch'; name: string }
  | { kind: 'missing-entry'; name: string }
  | { kind: 'bad-manifest'; path: string; message: string }
  | { kind: 'wrong-format'; format: string | null }
  | { kind: 'newer-version'; version: number; supported: number }
  /** `assessments.json` is refused by the JSON import's checks. */
  | { kind: 'assessments'; problem: ImportProblem }
  /** The manifest names a file whose bytes the archive lacks. */
  | { kind: 'missing-file'; sha256: string }
  /** The manifest names a file twice. */
  | { kind: 'duplicate-file'; sha256: string }
  /** A file's bytes do not have the SHA-256 its name says. */
  | { kind: 'hash-mismatch'; sha256: string }
  /** A file's bytes are in the archive, but the manifest does not name them. */
  | { kind: 'unlisted-file'; sha256: string }
  /** An answer attaches a file the archive lacks. */
  | { kind: 'answer-file-missing'; sha256: string; name: string }
  /** An answer records another size for a file than the archive holds. */
  | { kind: 'answer-file-size'; sha256: string; name: string }

/**
 * The problems of an archive's structure, which every ZIP format of this app shares (`listEntries`,
 * `inflateEntries`, the hash check); what a format adds (an entry it has no place for, its
 * manifest or return file, its answers' files) is its own.
 */
export type ArchiveProblem = Extract<
  BackupProblem,
  {
    kind:
      | 'archive-too-large'
      | 'not-a-zip'
      | 'empty'
      | 'too-many-entries'
      | 'unsafe-name'
      | 'duplicate-entry'
      | 'unsupported-compression'
      | 'entry-too-large'
      | 'total-too-large'
      | 'size-mismatch'
      | 'missing-entry'
      | 'hash-mismatch'
  }
>
