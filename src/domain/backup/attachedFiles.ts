import type { Assessment } from '../assessment/assessment'

/** One stored file as the answers attach it: its size and every name it is attached under. */
export type AttachedFileUse = { sha256: string; size: number; names: string[] }

/**
 * Every file the answers of `assessments` attach, one entry per SHA-256, sorted by hash; `names`
 * holds each distinct name once, in order of first appearance (one document may be attached to
 * two answers under two names). `size` is the size the first answer records (the same hash means
 * the same bytes, so every answer should record the same size; readers check it).
 */
export const attachedFiles = (assessments: readonly Assessment[]): AttachedFileUse[] => {
  const byHash = new Map<string, AttachedFileUse>()
  for (const assessment of assessments)
    for (const answer of Object.values(assessment.answers))
      for (const file of answer.files ?? []) {
        const use = byHash.get(file.sha256)
        if (use === undefined)
          byHash.set(file.sha256, { sha256: file.sha256, size: file.size, names: [file.name] })
        else if (!use.names.includes(file.name)) use.names.push(file.name)
      }
  return [...byHash.values()].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))
}
