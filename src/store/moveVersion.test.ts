import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps } from '../../tests/utils/storeDeps'
import type { Assessment } from '../domain/assessment/assessment'
import { nextVersion } from '../domain/testing/nextVersion'
import { testAssessment } from '../domain/testing/testAssessment'
import { tinySet } from '../domain/testing/tinySet'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import type { WriterLock } from '../storage/tabCoordination'
import { createAssessmentsStore, type Deps } from './assessmentsStore'
import { moveToVersion, undoMove } from './moveVersion'

/** Version 1.1.0 of the tiny set: SC-001's target moved, SC-004 retired, SC-005 renamed. */
const { set: v2 } = nextVersion(tinySet, { retarget: 'SC-001', retire: 'SC-004', reword: 'SC-005' })

const current = testAssessment({
  id: 'hangzhou-2024',
  indicatorSet: { setId: 'tiny', version: '1.0.0' },
  revision: 4,
  answers: {
    'SC-001': { value: { type: 'kpi', value: 80 }, dataQuality: 'measured' },
    'SC-004': { value: { type: 'boolean', value: true }, note: 'retired in 1.1.0' },
    'SC-005': { value: { type: 'choice', optionId: 'some' } },
  },
})

/** Another tab, as far as this one can tell: whether it holds an assessment's writer lock. */
const tabs = (editing: readonly string[] = []) => {
  const released: string[] = []
  const deps: NonNullable<Deps['tabs']> = {
    acquireWriterLock: (id) =>
      Promise.resolve<WriterLock>({
        owned: !editing.includes(id),
        acquired: new Promise(() => undefined),
        release: () => released.push(id),
      }),
    announceSaved: () => undefined,
    onOtherTabSaved: () => () => undefined,
  }
  return { deps, released }
}

const loaded = async (storage: AssessmentStorage, other = tabs()) => {
  const { store, actions } = createAssessmentsStore({ ...storeDeps(storage), tabs: other.deps })
  await actions.hydrate()
  const context = {
    store,
    importAssessments: actions.importAssessments,
    acquireWriterLock: other.deps.acquireWriterLock,
    flush: actions.flush,
    now: () => '2026-02-03T04:05:06.000Z',
  }
  return {
    store,
    actions,
    released: other.released,
    move: () => moveToVersion(context, 'hangzhou-2024', tinySet, v2),
    undo: (previous: Assessment) => undoMove(context, previous),
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('moveToVersion', () => {
  it('records the new version with the planned answers and keeps the old record as a backup', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, move, released } = await loaded(memory)
    const outcome = await move()
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    const moved = store.getState().byId['hangzhou-2024']
    expect(moved?.indicatorSet).toEqual({ setId: 'tiny', version: '1.1.0' })
    // The target changed: kept for review; SC-004 retired: gone; SC-005 only renamed: as it was.
    expect(moved?.answers).toEqual({
      'SC-001': {
        value: { type: 'kpi', value: 80 },
        dataQuality: 'measured',
        reviewAfterMove: { fromVersion: '1.0.0', cleared: false },
      },
      'SC-005': { value: { type: 'choice', optionId: 'some' } },
    })
    expect(moved?.updatedAt).toBe('2026-02-03T04:05:06.000Z')
    expect(moved?.revision).toBe(5)
    expect(outcome.previous).toEqual(current)
    expect(outcome.moved).toEqual(moved)
    expect((await memory.loadAll()).assessments).toEqual([moved])
    const backup = memory.backups().at(-1)
    expect(backup?.reason).toBe('before-version-move')
    expect(JSON.parse(backup?.records[0]?.raw ?? '{}')).toMatchObject({ assessment: current })
    expect(store.getState().backupCount).toBe(1)
    expect(released).toEqual(['hangzhou-2024'])
  })

  it('is undone by restoring the previous record: the same content, at a higher revision', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, move, undo } = await loaded(memory)
    const outcome = await move()
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    expect(await undo(outcome.previous)).toEqual({ ok: true })
    const restored = store.getState().byId['hangzhou-2024']
    // The revision rises so that a copy of the moved record in another tab fails to save over it.
    expect(restored?.revision).toBe(6)
    expect({ ...restored, revision: current.revision }).toEqual(current)
    expect((await memory.loadAll()).assessments).toEqual([restored])
    expect(memory.backups().map((b) => b.reason)).toEqual(['before-version-move', 'pre-restore'])
  })

  it('does not undo while another tab edits the assessment', async () => {
    const memory = createMemoryStorage(now, [current])
    const { move } = await loaded(memory)
    const outcome = await move()
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    const elsewhere = await loaded(memory, tabs(['hangzhou-2024']))
    expect(await elsewhere.undo(outcome.previous)).toEqual({ ok: false, reason: 'open-elsewhere' })
    expect((await memory.loadAll()).assessments).toEqual([outcome.moved])
  })

  it('saves pending edits first, so the backup and the moved record hold them', async () => {
    vi.useFakeTimers()
    const memory = createMemoryStorage(now, [current])
    const { move, actions } = await loaded(memory)
    actions.setAnswer('hangzhou-2024', 'SC-005', { note: 'typed just before moving' })
    const outcome = await move()
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    expect(outcome.moved.answers['SC-005']).toEqual({ note: 'typed just before moving' })
    const backup = JSON.parse(memory.backups().at(-1)?.records[0]?.raw ?? '{}') as {
      assessment: Assessment
    }
    expect(backup.assessment.answers['SC-005']).toEqual({ note: 'typed just before moving' })
  })

  it('refuses while another tab edits the assessment, and writes nothing', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, move, released } = await loaded(memory, tabs(['hangzhou-2024']))
    expect(await move()).toEqual({ ok: false, reason: 'open-elsewhere' })
    expect(store.getState().byId['hangzhou-2024']).toEqual(current)
    expect((await memory.loadAll()).assessments).toEqual([current])
    expect(memory.backups()).toEqual([])
    expect(released).toEqual(['hangzhou-2024'])
  })

  it('refuses in a tab that shows the assessment read-only, without asking for the lock', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, move, released } = await loaded(memory)
    store.setState({ readOnly: { 'hangzhou-2024': true } })
    expect(await move()).toEqual({ ok: false, reason: 'open-elsewhere' })
    expect((await memory.loadAll()).assessments).toEqual([current])
    expect(released).toEqual([])
  })

  it('refuses while another tab runs a newer version of the app', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, move } = await loaded(memory)
    store.setState({ outdated: true })
    expect(await move()).toEqual({ ok: false, reason: 'outdated' })
    expect((await memory.loadAll()).assessments).toEqual([current])
  })

  it('refuses when the assessment no longer records the version moved from', async () => {
    const memory = createMemoryStorage(now, [
      { ...current, indicatorSet: { setId: 'tiny', version: '1.1.0' } },
    ])
    const { move } = await loaded(memory)
    expect(await move()).toEqual({ ok: false, reason: 'changed' })
    expect(memory.backups()).toEqual([])
  })

  it('refuses an assessment that is not here', async () => {
    const { move } = await loaded(createMemoryStorage(now, []))
    expect(await move()).toEqual({ ok: false, reason: 'not-found' })
  })

  it('passes on why the write failed, leaving the record and the backups unchanged', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, move } = await loaded({
      ...memory,
      replaceMany: () => Promise.resolve({ ok: false, reason: 'quota', detail: 'disk full' }),
    })
    expect(await move()).toEqual({ ok: false, reason: 'quota', detail: 'disk full' })
    expect(store.getState().byId['hangzhou-2024']).toEqual(current)
    expect((await memory.loadAll()).assessments).toEqual([current])
    expect(store.getState().backupCount).toBe(0)
  })
})
