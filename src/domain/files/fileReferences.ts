/**
 * Which stored evidence files are still referred to, so that the others can be removed. An
 * assessment attaches a file by its SHA-256 in `answers[id].files[].sha256`; stored text (records,
 * automatic backups, department responses, records that could not be read) is searched for the
 * same key, so a file stays while anything that could bring its answer back names it.
 */
import type { Assessment } from '../assessment/assessment'

/** The SHA-256 of every file that one of `assessments` attaches. */
export const attachedFileHashes = (assessments: Iterable<Assessment>): Set<string> => {
  const hashes = new Set<string>()
  for (const assessment of assessments)
    for (const answer of Object.values(assessment.answers))
      for (const file of answer?.files ?? []) hashes.add(file.sha256)
  return hashes
}

/**
 * Every hash `text` names as `"sha256": "<64 hex digits>"` (JSON, with any white space around the
 * colon). It reads text that may not parse (a damaged record) and errs on the side of keeping: a
 * note that happens to contain such a string keeps that file too.
 */
export const mentionedFileHashes = (text: string): Set<string> =>
  new Set([...text.matchAll(/"sha256"\s*:\s*"([0-9a-f]{64})"/g)].flatMap((m) => m[1] ?? []))
