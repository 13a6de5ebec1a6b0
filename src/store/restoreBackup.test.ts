import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps } from '../../tests/utils/storeDeps'
import type { Assessment } from '../domain/assessment/assessment'
import { testAssessment } from '../domain/testing/testAssessment'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import type { SavedMessage, WriterLock } from '../storage/tabCoordination'
import { createAssessmentsStore, type Deps } from './assessmentsStore'
import { restoreBackup } from './restoreBackup'

/** Another tab, as far as this one can tell: whether it holds an assessment's writer lock. */
const otherTab = (editing: readonly string[] = []) => {
  const released: string[] = []
  const announced: SavedMessage[] = []
  const tabs: NonNullable<Deps['tabs']> = {
    acquireWriterLock: (id) =>
      Promise.resolve<WriterLock>({
        owned: !editing.includes(id),
        acquired: new Promise(() => undefined),
        release: () => released.push(id),
      }),
    announceSaved: (message) => announced.push(message),
    onOtherTabSaved: () => () => undefined,
  }
  return { tabs, released, announced }
}

const loaded = async (storage: AssessmentStorage, tabs = otherTab()) => {
  const { store, actions } = createAssessmentsStore({ ...storeDeps(storage), tabs: tabs.tabs })
  await actions.hydrate()
  const restore = (assessment: Assessment) =>
    restoreBackup(
      {
        store,
        importAssessments: actions.importAssessments,
        acquireWriterLock: tabs.tabs.acquireWriterLock,
      },
      assessment,
    )
  return { store, actions, restore, ...tabs }
}

/** The content of the newest backup's first record, as the assessment it holds. */
const newestBackup = (memory: ReturnType<typeof createMemoryStorage>) => {
  const backup = memory.backups().at(-1)
  return {
    reason: backup?.reason,
    assessment: (JSON.parse(backup?.records[0]?.raw ?? '{}') as { assessment?: Assessment })
      .assessment,
  }
}

const current = testAssessment({ id: 'hangzhou-2024', city: '杭州市', year: 2024, revision: 7 })
const older = {
  ...current,
  revision: 2,
  answers: { 'SC-003': { note: 'the version from before the import' } },
}

afterEach(() => {
  vi.useRealTimers()
})

describe('restoreBackup', () => {
  it('puts the backed-up version back, above every revision, and backs up what it replaces', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, restore, released, announced } = await loaded(memory)
    expect(await restore(older)).toEqual({ ok: true, id: 'hangzhou-2024', backedUp: 1 })
    const restored = store.getState().byId['hangzhou-2024']
    expect(restored?.answers).toEqual(older.answers)
    expect(restored?.revision).toBe(8)
    expect((await memory.loadAll()).assessments).toEqual([restored])
    expect(newestBackup(memory)).toEqual({ reason: 'pre-restore', assessment: current })
    expect(store.getState().backupCount).toBe(1)
    // The lock was taken and given back, and other tabs were told to re-read it.
    expect(released).toEqual(['hangzhou-2024'])
    expect(announced).toEqual([
      { type: 'saved', id: 'hangzhou-2024', revision: 8, schemaVersion: 3 },
    ])
  })

  it('lands on the assessment of the same city and year when the ids differ', async () => {
    const memory = createMemoryStorage(now, [{ ...current, id: 'recreated-2024' }])
    const { store, restore } = await loaded(memory)
    expect(await restore(older)).toMatchObject({ ok: true, id: 'recreated-2024', backedUp: 1 })
    expect(Object.keys(store.getState().byId)).toEqual(['recreated-2024'])
    expect(store.getState().byId['recreated-2024']?.answers).toEqual(older.answers)
  })

  it('adds the assessment back when it was deleted since, replacing nothing', async () => {
    const memory = createMemoryStorage(now, [])
    const { store, restore } = await loaded(memory)
    expect(await restore(older)).toEqual({ ok: true, id: 'hangzhou-2024', backedUp: 0 })
    expect(store.getState().byId['hangzhou-2024']).toEqual(older)
    expect(memory.backups()).toEqual([])
    expect(store.getState().backupCount).toBe(0)
  })

  it('saves pending edits first, so the backup of what it replaces holds them', async () => {
    vi.useFakeTimers()
    const memory = createMemoryStorage(now, [current])
    const { actions, restore } = await loaded(memory)
    actions.setAnswer('hangzhou-2024', 'SC-004', { note: 'typed just before restoring' })
    expect(await restore(older)).toMatchObject({ ok: true })
    expect(newestBackup(memory).assessment?.answers['SC-004']).toEqual({
      note: 'typed just before restoring',
    })
  })

  it('refuses while another tab edits the assessment, and writes nothing', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, restore, released } = await loaded(memory, otherTab(['hangzhou-2024']))
    expect(await restore(older)).toEqual({ ok: false, reason: 'open-elsewhere' })
    expect(store.getState().byId['hangzhou-2024']).toEqual(current)
    expect(memory.backups()).toEqual([])
    expect(released).toEqual(['hangzhou-2024'])
  })

  it('refuses while another tab runs a newer version of the app', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, restore } = await loaded(memory)
    store.setState({ outdated: true })
    expect(await restore(older)).toEqual({ ok: false, reason: 'outdated' })
    expect((await memory.loadAll()).assessments).toEqual([current])
  })

  it('passes on why the write failed, changing nothing', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, restore } = await loaded({
      ...memory,
      replaceMany: () => Promise.resolve({ ok: false, reason: 'quota', detail: 'disk full' }),
    })
    expect(await restore(older)).toEqual({ ok: false, reason: 'quota', detail: 'disk full' })
    expect(store.getState().byId['hangzhou-2024']).toEqual(current)
    expect(store.getState().backupCount).toBe(0)
  })

  it('is refused before loading has finished', async () => {
    const { store, actions } = createAssessmentsStore(storeDeps(createMemoryStorage(now)))
    expect(
      await restoreBackup({ store, importAssessments: actions.importAssessments }, older),
    ).toEqual({ ok: false, reason: 'not-ready' })
  })
})
