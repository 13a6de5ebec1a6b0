/**
 * Editing the same assessment in several tabs: one tab writes it (it holds the writer lock while
 * the questionnaire is open), the others show it read-only and re-read it whenever the writer
 * announces a save. The revision check on every write is the last line of defence.
 */
import type { StoreApi } from 'zustand/vanilla'
import { currentSchemaVersion } from '../domain/assessment/envelope'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { customSets } from '../content/defaultIndicatorSet'
import type { AssessmentsState, Deps } from './assessmentsStore'
import { readStoredSets } from './setActions'

type Context = {
  store: StoreApi<AssessmentsState>
  tabs: Deps['tabs']
  /** The storage once loaded, else null. */
  storage: () => AssessmentStorage | null
  /** True while the assessment has edits that are not written yet. */
  isDirty: (id: string) => boolean
}

export const createTabEditing = ({ store, tabs, storage, isDirty }: Context) => {
  const setReadOnly = (id: string, value: boolean) =>
    store.setState((s) => ({ readOnly: { ...s.readOnly, [id]: value } }))

  /**
   * Re-reads one assessment that another tab saved. Local edits not yet written stay as they are:
   * their next write fails the revision check and is reported as a conflict, never lost silently.
   * If the read fails, what is shown stays; a stale copy would also end in that conflict.
   */
  const reloadFromStorage = async (id: string): Promise<void> => {
    const current = storage()
    if (current === null || isDirty(id)) return
    const loaded = await current.loadAll().catch(() => null)
    const stored = loaded?.assessments.find((a) => a.id === id)
    // The other tab may have moved it to a set it brought in since this tab loaded.
    if (loaded != null && (await readStoredSets(loaded.sets)).sets.length > 0)
      store.setState({ customSets: customSets() })
    if (stored !== undefined && !isDirty(id))
      store.setState((s) => ({ byId: { ...s.byId, [id]: stored } }))
  }

  return {
    /**
     * Called while a questionnaire is open: becomes the one writer of the assessment, or shows it
     * read-only until the tab that writes it closes it. Returns the function that lets go.
     */
    openForEditing: (id: string): (() => void) => {
      if (tabs === undefined) return () => undefined
      let released = false
      let release: () => void = () => undefined
      void tabs.acquireWriterLock(id).then((lock) => {
        release = lock.release
        if (released) {
          lock.release()
          return
        }
        if (lock.owned) return
        setReadOnly(id, true)
        void lock.acquired.then(async () => {
          if (released) return
          await reloadFromStorage(id)
          setReadOnly(id, false)
        })
      })
      return () => {
        released = true
        release()
      }
    },

    /**
     * Once loading has finished: re-reads what other tabs save, and stops this tab's writes when
     * one of them runs a newer stored format (a newer version of the app).
     */
    watchOtherTabs: (): void => {
      tabs?.onOtherTabSaved((message) => {
        if (message.schemaVersion > currentSchemaVersion) {
          store.setState({ outdated: true })
          return
        }
        const local = store.getState().byId[message.id]
        if (local !== undefined && message.revision > local.revision)
          void reloadFromStorage(message.id)
      })
    },
  }
}
