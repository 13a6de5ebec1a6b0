import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SetRef } from '../../content/defaultIndicatorSet'
import type { FileSetProblem } from '../../domain/departments/readDepartmentFile'
import type { ResponseRecord } from '../../domain/departments/responseRecord'
import { isLanguage } from '../../domain/language'
import { recoverResponse } from '../../domain/departments/responseJournal'
import { clearResponseJournal, readResponseJournal } from '../../storage/responseJournal'
import { getResponse } from '../../storage/responseStorage'
import type { StorageFailure } from '../../storage/storageErrors'
import { preparePackageSet } from './packageSet'

export type StoredResponse =
  | { phase: 'loading' }
  | { phase: 'not-found' }
  | { phase: 'damaged' }
  | { phase: 'failed'; reason: StorageFailure }
  | { phase: 'set-problem'; problem: FileSetProblem }
  /** `unsaved`: the record is work journalled when a tab closed, not stored yet. */
  | { phase: 'ready'; record: ResponseRecord; unsaved: boolean; set: SetRef }

/**
 * The stored response to a package, with its indicator set made usable again (a set the package
 * carries is registered anew after a reload) and checked against the package's hash. Work
 * journalled when a tab closed before it was stored is taken instead (`recoverResponse`).
 */
export const useStoredResponse = (packageId: string): StoredResponse => {
  const { i18n } = useTranslation()
  const [state, setState] = useState<StoredResponse>({ phase: 'loading' })
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  useEffect(() => {
    let live = true
    const show = (next: StoredResponse) => live && setState(next)
    void (async () => {
      const stored = await getResponse(packageId)
      if (!stored.ok)
        return show(
          stored.reason === 'damaged'
            ? { phase: 'damaged' }
            : { phase: 'failed', reason: stored.reason },
        )
      if (stored.record === null) return show({ phase: 'not-found' })
      const recovered = recoverResponse(stored.record, readResponseJournal(packageId))
      if (recovered.journal === 'stale') clearResponseJournal(packageId)
      const set = await preparePackageSet(stored.record.package, language).catch(() => null)
      if (set === null) return show({ phase: 'failed', reason: 'unavailable' })
      if (!set.ok) return show({ phase: 'set-problem', problem: set.problem })
      show({ phase: 'ready', record: recovered.record, unsaved: recovered.unsaved, set: set.ref })
    })()
    return () => {
      live = false
    }
    // The language only matters for the first load: the set's details follow it in the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [packageId])
  return state
}
