import type { Assessment } from '../domain/assessment/assessment'
import { EnvelopeSchema, wrapAssessment } from '../domain/assessment/envelope'
import type { AssessmentStorage, BackupRecord } from './assessmentStorage'

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
  return {
    kind: 'memory',
    loadAll: () =>
      Promise.resolve({ assessments: [...records.values()], damaged: [], backups: backups.length }),
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
    replaceMany: (incoming, reason = 'pre-import') => {
      // Everything is checked before anything changes, so a refusal leaves the records as they were.
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
      for (const a of written) records.set(a.id, a)
      return Promise.resolve({ ok: true as const, assessments: written, backup })
    },
    backups: () => backups,
  }
}
