import type { AssessmentStorage } from '../storage/assessmentStorage'

/**
 * The storage, calling `keepData` after every write that succeeded: the first assessment created,
 * edits saved, an import or a restore. The browser is then asked to keep the data as soon as
 * there is data worth keeping, whichever way it arrived (a user who imports a backup into a new
 * browser never creates one). Only for IndexedDB: data in the page's memory ends with the page
 * whatever the browser promises. `keepData` runs after each write and nothing waits for it, so
 * it must return at once after its first call (asking once is its own business) and never throw.
 */
export const keepDataAfterWrites = (
  storage: AssessmentStorage,
  keepData: () => void,
): AssessmentStorage =>
  storage.kind !== 'indexeddb'
    ? storage
    : {
        ...storage,
        save: async (assessment) => {
          const result = await storage.save(assessment)
          if (result.ok) keepData()
          return result
        },
        replaceMany: async (assessments, reason, sets) => {
          const result = await storage.replaceMany(assessments, reason, sets)
          if (result.ok) keepData()
          return result
        },
        saveSets: async (sets) => {
          const result = await storage.saveSets(sets)
          if (result.ok) keepData()
          return result
        },
      }
