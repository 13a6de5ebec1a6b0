import { describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps as deps } from '../../tests/utils/storeDeps'
import type { SavedMessage } from '../storage/tabCoordination'
import { createMemoryStorage } from '../storage/memoryStorage'
import { createAssessmentsStore } from './assessmentsStore'

const input = {
  city: '杭州市',
  year: 2024,
  cityLevel: 'prefecture-and-above' as const,
  indicatorSet: { setId: 'scm-default', version: '1.0.0' },
}

describe('two tabs: one writer per assessment', () => {
  it('keeps an assessment read-only while another tab holds it, ignores edits, and takes over with the latest saved version', async () => {
    const memory = createMemoryStorage(now)
    let grant: () => void = () => undefined
    const acquired = new Promise<void>((resolve) => (grant = resolve))
    let listener: (m: SavedMessage) => void = () => undefined
    const tabs = {
      acquireWriterLock: () => Promise.resolve({ owned: false, acquired, release: vi.fn() }),
      announceSaved: vi.fn(),
      onOtherTabSaved: (l: typeof listener) => {
        listener = l
        return () => undefined
      },
    }
    const { store, actions } = createAssessmentsStore({ ...deps(memory), tabs })
    await actions.hydrate()
    const created = await actions.create(input)
    if (!created.ok) throw new Error('create failed')
    const close = actions.openForEditing(created.id)
    await vi.waitFor(() => expect(store.getState().readOnly[created.id]).toBe(true))

    actions.setAnswer(created.id, 'SC-001', { note: 'ignored while read-only' })
    expect(store.getState().byId[created.id]?.answers).toEqual({})
    expect(actions.hasUnsavedChanges()).toBe(false)

    // The other tab saves revision 2; this tab re-reads it.
    const stored = store.getState().byId[created.id]
    if (stored === undefined) throw new Error('missing')
    await memory.save({ ...stored, answers: { 'SC-001': { note: 'from the other tab' } } })
    listener({ type: 'saved', id: created.id, revision: 2, schemaVersion: 1 })
    await vi.waitFor(() =>
      expect(store.getState().byId[created.id]?.answers['SC-001']).toEqual({
        note: 'from the other tab',
      }),
    )

    grant()
    await vi.waitFor(() => expect(store.getState().readOnly[created.id]).toBe(false))
    actions.setAnswer(created.id, 'SC-001', { note: 'mine now' })
    await actions.flush()
    expect(store.getState().save[created.id]).toMatchObject({ status: 'saved' })
    expect(tabs.announceSaved).toHaveBeenCalledWith({
      type: 'saved',
      id: created.id,
      revision: 3,
      schemaVersion: 3,
    })

    // A newer app version writes in another tab: this tab stops writing and asks to reload.
    listener({ type: 'saved', id: created.id, revision: 9, schemaVersion: 99 })
    expect(store.getState().outdated).toBe(true)
    actions.setAnswer(created.id, 'SC-002', { note: 'not written by an outdated tab' })
    expect(store.getState().byId[created.id]?.answers['SC-002']).toBeUndefined()
    close()
  })

  it('takes over with the version shown when re-reading fails, rather than staying read-only', async () => {
    const memory = createMemoryStorage(now)
    let grant: () => void = () => undefined
    const acquired = new Promise<void>((resolve) => (grant = resolve))
    const tabs = {
      acquireWriterLock: () => Promise.resolve({ owned: false, acquired, release: vi.fn() }),
      announceSaved: vi.fn(),
      onOtherTabSaved: () => () => undefined,
    }
    const storage = { ...memory, loadAll: vi.fn(memory.loadAll) }
    const { store, actions } = createAssessmentsStore({ ...deps(storage), tabs })
    await actions.hydrate()
    const created = await actions.create(input)
    if (!created.ok) throw new Error('create failed')
    const shown = store.getState().byId[created.id]
    actions.openForEditing(created.id)
    await vi.waitFor(() => expect(store.getState().readOnly[created.id]).toBe(true))
    storage.loadAll.mockRejectedValueOnce(new DOMException('gone', 'UnknownError'))
    grant()
    await vi.waitFor(() => expect(store.getState().readOnly[created.id]).toBe(false))
    expect(storage.loadAll).toHaveBeenCalledTimes(2)
    expect(store.getState().byId[created.id]).toBe(shown)
  })
})
