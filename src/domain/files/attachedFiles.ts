/**
 * The list of evidence files an answer attaches (`AnswerSchema.files`): adding one, removing one and
 * putting a removed one back where it was (the undo of a removal).
 */
import { limits, type Answer, type AttachedFile } from '../assessment/answer'

export type AttachResult =
  | { ok: true; files: AttachedFile[] }
  /** The answer already attaches a file with these bytes (under this or another name). */
  | { ok: false; reason: 'already-attached'; existing: AttachedFile }
  /** The answer attaches `limits.files` files already. */
  | { ok: false; reason: 'too-many'; max: number }

/**
 * `files` with `file` added at the end. Refused when a file of the same SHA-256 is attached already
 * (the same bytes twice say nothing more), or when the list is full.
 */
export const attachFile = (
  files: readonly AttachedFile[] | undefined,
  file: AttachedFile,
): AttachResult => {
  const list = files ?? []
  const existing = list.find((f) => f.sha256 === file.sha256)
  if (existing !== undefined) return { ok: false, reason: 'already-attached', existing }
  if (list.length >= limits.files) return { ok: false, reason: 'too-many', max: limits.files }
  return { ok: true, files: [...list, file] }
}

/** A removal that can be undone: the file and where it stood. */
export type RemovedFile = { file: AttachedFile; index: number }

/** `files` without the file of hash `sha256`, and what was removed (null when it was not there). */
export const detachFile = (
  files: readonly AttachedFile[] | undefined,
  sha256: string,
): { files: AttachedFile[]; removed: RemovedFile | null } => {
  const list = files ?? []
  const index = list.findIndex((f) => f.sha256 === sha256)
  const file = list[index]
  if (file === undefined) return { files: [...list], removed: null }
  return { files: list.filter((_, i) => i !== index), removed: { file, index } }
}

/**
 * `files` with a removed file back at its old place (or at the end when the list has since
 * shrunk). Unchanged when the same bytes were attached again meanwhile or the list is full.
 */
export const restoreFile = (
  files: readonly AttachedFile[] | undefined,
  removed: RemovedFile,
): AttachedFile[] => {
  const list = [...(files ?? [])]
  if (list.some((f) => f.sha256 === removed.file.sha256) || list.length >= limits.files) return list
  list.splice(Math.min(removed.index, list.length), 0, removed.file)
  return list
}

/** The answer with `files` in place of its list; an empty list removes the field. */
export const withFiles = (answer: Answer | undefined, files: AttachedFile[]): Answer => {
  const next: Answer = { ...answer }
  if (files.length === 0) delete next.files
  else next.files = files
  return next
}
