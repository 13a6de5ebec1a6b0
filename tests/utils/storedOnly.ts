import { openDB } from 'idb'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { wrapAssessment } from '../../src/domain/assessment/envelope'
import { databaseName } from '../../src/storage/indexedDbStorage'
import { assessments } from '../../src/store/appStore'

/**
 * For a beforeEach of tests on the real IndexedDB storage (fake-indexeddb): the database then holds
 * exactly these assessments, stored as the app stores them, and no backups; the store shows them.
 */
export const storedOnly = async (...list: Assessment[]): Promise<void> => {
  const db = await openDB(databaseName)
  await db.clear('assessments')
  await db.clear('backups')
  for (const a of list)
    await db.put('assessments', JSON.stringify(wrapAssessment(a, 'test', a.updatedAt)), a.id)
  db.close()
  assessments.store.setState({ byId: Object.fromEntries(list.map((a) => [a.id, a])), save: {} })
}
