import { cleanup } from '@testing-library/react'
import type { Assessment } from '../../src/domain/assessment/assessment'
import { assessments } from '../../src/store/appStore'

const initialState = assessments.store.getState()

/** Puts assessments straight into the app's store, as if loaded from memory-only storage. */
export const seedStore = (phase: 'loading' | 'ready', ...list: Assessment[]) =>
  assessments.store.setState({
    phase,
    storageKind: 'memory',
    byId: Object.fromEntries(list.map((a) => [a.id, a])),
    damaged: [],
    save: {},
    lastDeleted: null,
  })

/** For afterEach: unmount first (resetting the store under a mounted page would update it outside act()), then reset. */
export const resetStore = () => {
  cleanup()
  assessments.store.setState(initialState, true)
}
