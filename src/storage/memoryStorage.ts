import type { Assessment } from '../domain/assessment/assessment'
import { EnvelopeSchema, wrapAssessment } from '../domain/assessment/envelope'
import type { AssessmentStorage, BackupRecord, StoredSetText } from './assessmentStorage'

/**
 * Storage that lives only as long as the page: used when the browser refuses IndexedDB (private
 * mode, policy), with a permanent warning, so the app still works and can export.
 */
export const createMemoryStorage = (
  now: () => string,
  initial: readonly Assessment[] = [],
): AssessmentStorage & { backups: () => readonly BackupRecord[] } => {
  const records = new Map(initial.map((a) => [a.id, a]))
  const backups: BackupRecord[] = []
  const sets = new Map<string, string>()
  /** The key of a set stored with other content, else null. */
  const setConflict = (incoming: readonly StoredSetText[]): string | null =>
    incoming.find(({ key, text }) => sets.has(key) && sets.get(key) !== text)?.key ?? null
  const addSets = (incoming: readonly StoredSetText[]): string[] =>
    incoming.flatMap(({ key, text }) => {
      if (sets.has(key)) return []
      sets.set(key, text)
      return [key]
    })
  return {
    kind: 'memory',
    loadAll: () =>
      Promise.resolve({
        assessments: [...records.values()],
        damaged: [],
        backups: backups.length,
        sets: [...sets].map(([key, text]) => ({ key, text })),
      }),
    save: (assessment) => {
      const stored = records.get(assessment.id)
      if ((stored?.revision ?? 0) !== assessment.revision) {
        return Promise.resolve(
          stored === undefined
            ? { ok: false as const, reason: 'failed' as const, detail: 'not stored' }
            : { ok: false as const, reason: 'conflict' as const, stored },
        )
      }
      const next = { ...assessment, revision: assessment.revision + 1, updatedAt: now() }
      records.set(next.id, next)
      return Promise.resolve({ ok: true as const, assessment: next })
    },
    remove: (id) => {
      records.delete(id)
      return Promise.resolve({ ok: true as const })
    },
    replaceMany: (incoming, reason = 'pre-import', incomingSets = []) => {
      // Everything is checked before anything changes, so a refusal leaves the records as they were.
      const conflict = setConflict(incomingSets)
      if (conflict !== null)
        return Promise.resolve({
          ok: false as const,
          reason: 'different-set' as const,
          key: conflict,
        })
      const savedAt = now()
      for (const a of incoming) {
        const check = EnvelopeSchema.safeParse(wrapAssessment(a, 'memory', savedAt))
        if (!check.success)
          return Promise.resolve({
            ok: false as const,
            reason: 'invalid' as const,
            detail: `${a.id}: ${check.error.issues[0]?.message ?? ''}`,
          })
      }
      const written = incoming.map((a) => {
        const stored = records.get(a.id)
        return stored === undefined
          ? a
          : { ...a, revision: Math.max(stored.revision, a.revision) + 1 }
      })
      const replaced = incoming.flatMap((a) => records.get(a.id) ?? [])
      const backup: BackupRecord | null =
        replaced.length === 0
          ? null
          : {
              createdAt: savedAt,
              reason,
              records: replaced.map((r) => ({
                key: r.id,
                raw: JSON.stringify(wrapAssessment(r, 'memory', savedAt)),
              })),
            }
      if (backup !== null) backups.push(backup)
      addSets(incomingSets)
      for (const a of written) records.set(a.id, a)
      return Promise.resolve({ ok: true as const, assessments: written, backup })
    },
    saveSets: (incoming) => {
      const conflict = setConflict(incoming)
      return Promise.resolve(
        conflict === null
          ? { ok: true as const, added: addSets(incoming) }
          : { ok: false as const, reason: 'different-set' as const, key: conflict },
      )
    },
    backups: () => backups,
  }
}
