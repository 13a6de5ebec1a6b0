/**
 * The integrity rules of a set's release notes (`meta.releaseNotes`). Part of `checkIndicatorSet`.
 */
// Explicit `.ts` extensions: the build plugin (scripts/build/) runs this file in Node.
import { checkTranslation } from './checkAnswerDefinition.ts'
import type { IndicatorSet } from './schema.ts'
import { setIssue, type SetIssue } from './setRule.ts'

/**
 * Every id a note names is an indicator of the set or one of its retired ids: a note about an id
 * the set never had points the reader to a change that cannot be found. Each text passes the
 * translation rule of the indicators' texts (Chinese in `zh`, English that is not mostly Chinese).
 * Issues come note by note, ids first; a set without notes has none.
 */
export const checkReleaseNotes = ({ meta, indicators }: IndicatorSet): SetIssue[] => {
  const known = new Set([...indicators.map((i) => i.id), ...(meta.retired ?? [])])
  return (meta.releaseNotes ?? []).flatMap((note, n) => {
    const path = ['meta', 'releaseNotes', n]
    const where = `meta release note ${n + 1}`
    return [
      ...note.indicators.flatMap((id, k) =>
        known.has(id)
          ? []
          : [
              setIssue(
                { code: 'unknown-release-note-id', id },
                { where, path: [...path, 'indicators', k] },
              ),
            ],
      ),
      ...(['change', 'reason'] as const).flatMap((field) =>
        checkTranslation(note[field], { where: `${where} ${field}`, path: [...path, field] }),
      ),
    ]
  })
}
