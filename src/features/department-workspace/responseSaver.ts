/**
 * The department's work on one package, in memory, written to storage like the questionnaire's
 * answers: after a pause in typing (the questionnaire's save queue and timings), at once when
 * flushed (on `pagehide` and when the page closes), one write at a time. When the tab is hidden or
 * closes with work not yet stored, the record is first journalled synchronously (`hide`), since
 * the write may not finish; a stored write removes the entry. A failed write keeps
 * everything in memory and is tried again; a conflict (another tab wrote) or an unreadable stored
 * record waits for the user. Each write is a compare-and-write against the last record this page
 * stored, so it never overwrites work it has not seen. Plain TypeScript with injected storage and
 * clock; the page reads it through `useSyncExternalStore`.
 */
import type { Answer } from '../../domain/assessment/answer'
import type { Respondent } from '../../domain/departments/departmentSchema'
import type { ResponseJournalEntry } from '../../domain/departments/responseJournal'
import type { ResponseRecord } from '../../domain/departments/responseRecord'
import type { PutResult } from '../../storage/responseStorage'
import type { StorageFailure } from '../../storage/storageErrors'
import { createSaveQueue, type Clock, type WriteOutcome } from '../../store/saveQueue'

export type ResponseSaveState =
  | { status: 'unchanged' }
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved'; at: string }
  | { status: 'error'; reason: StorageFailure | 'conflict' | 'damaged' }

export type SaverSnapshot = { record: ResponseRecord; save: ResponseSaveState }

export type SaverDeps = {
  put: (record: ResponseRecord, expectedUpdatedAt: string | null) => Promise<PutResult>
  clock: Clock
  now: () => string
  /** The synchronous journal (localStorage in the app). */
  journal: {
    write: (entry: ResponseJournalEntry) => void
    clear: (packageId: string) => void
  }
}

/** The queue keeps one id: this saver's package. */
const key = 'response'

/**
 * `unsaved`: `initial` holds work that is not stored yet (taken from the journal after a tab
 * closed), so it is written at once.
 */
export const createResponseSaver = (
  initial: ResponseRecord,
  deps: SaverDeps,
  { unsaved = false }: { unsaved?: boolean } = {},
) => {
  let snapshot: SaverSnapshot = {
    record: initial,
    save: unsaved ? { status: 'pending' } : { status: 'unchanged' },
  }
  let storedAt = initial.updatedAt
  const packageId = initial.package.packageId
  const listeners = new Set<() => void>()
  const update = (next: Partial<SaverSnapshot>) => {
    snapshot = { ...snapshot, ...next }
    for (const listener of listeners) listener()
  }

  const queue = createSaveQueue(deps.clock, async (): Promise<WriteOutcome> => {
    update({ save: { status: 'saving' } })
    const at = deps.now()
    const result = await deps
      .put({ ...snapshot.record, updatedAt: at }, storedAt)
      .catch((): PutResult => ({ ok: false, reason: 'failed', detail: '' }))
    if (!result.ok) {
      update({ save: { status: 'error', reason: result.reason } })
      return result.reason === 'conflict' || result.reason === 'damaged' ? 'hold' : 'retry'
    }
    storedAt = at
    if (!queue.isDirty(key)) deps.journal.clear(packageId)
    // Edits made while the write was in flight stay in memory, with the new time.
    update({
      record: { ...snapshot.record, updatedAt: at },
      save: queue.isDirty(key) ? { status: 'pending' } : { status: 'saved', at },
    })
    return 'written'
  })

  if (unsaved) queue.schedule(key)
  const hasUnsaved = () => !['unchanged', 'saved'].includes(snapshot.save.status)

  const change = (edit: (record: ResponseRecord) => ResponseRecord) => {
    const save = snapshot.save.status === 'error' ? snapshot.save : { status: 'pending' as const }
    update({ record: edit(snapshot.record), save })
    queue.schedule(key)
  }

  return {
    subscribe: (listener: () => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getSnapshot: () => snapshot,
    /**
     * A valid answer, or none (cleared); its time is the time of this change. Clearing an answer
     * the package carried keeps an empty answer, so the return tells the coordinator it was
     * cleared.
     */
    setAnswer: (indicatorId: string, answer: Answer | undefined) =>
      change((r) => {
        const carried = r.package.answers[indicatorId] !== undefined
        const others = Object.entries(r.answers).filter(([id]) => id !== indicatorId)
        const entry =
          answer === undefined && !carried
            ? []
            : [[indicatorId, { answer: answer ?? {}, answeredAt: deps.now() }] as const]
        return { ...r, answers: Object.fromEntries([...others, ...entry]) }
      }),
    setRespondent: (respondent: Respondent | undefined) =>
      change((r) => {
        const next = { ...r, respondent }
        if (respondent === undefined) delete next.respondent
        return next
      }),
    markReturned: (returnedAt: string) => change((r) => ({ ...r, lastReturnedAt: returnedAt })),
    /** Writes what is waiting now. */
    flush: () => queue.flushAll(),
    /** Whether some work is not stored yet (waiting, being written, or failed). */
    hasUnsaved,
    /**
     * For a tab hidden or closing: journals unsaved work synchronously (on the record it was made
     * on), then writes it.
     */
    hide: () => {
      if (hasUnsaved()) deps.journal.write({ base: storedAt, record: snapshot.record })
      return queue.flushAll()
    },
  }
}

export type ResponseSaver = ReturnType<typeof createResponseSaver>
