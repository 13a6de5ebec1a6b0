import type { Assessment } from '../domain/assessment/assessment'
import type { AssessmentStorage } from './assessmentStorage'

/**
 * Storage that lives only as long as the page: used when the browser refuses IndexedDB (private
 * mode, policy), with a permanent warning, so the app still works and can export.
 */
export const createMemoryStorage = (
  now: () => string,
  initial: readonly Assessment[] = [],
): AssessmentStorage => {
  const records = new Map(initial.map((a) => [a.id, a]))
  return {
    kind: 'memory',
    loadAll: () => Promise.resolve({ assessments: [...records.values()], damaged: [] }),
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
  }
}
