import { afterEach, describe, expect, it, vi } from 'vitest'
import { fixedNow as now, storeDeps } from '../../tests/utils/storeDeps'
import type { Assessment } from '../domain/assessment/assessment'
import { planAssessmentMerge } from '../domain/departments/applyMerge'
import { planReturn, type ReturnPlan } from '../domain/departments/planReturn'
import type { ReturnFile } from '../domain/departments/returnFile'
import {
  assessmentWithPackage,
  findTinySet,
  kpi,
  returnOf,
} from '../domain/testing/departmentFixtures'
import type { AssessmentStorage } from '../storage/assessmentStorage'
import { createMemoryStorage } from '../storage/memoryStorage'
import type { WriterLock } from '../storage/tabCoordination'
import { createAssessmentsStore } from './assessmentsStore'
import { mergeAssessment, mergeReturn, undoMerge } from './mergeReturn'

const mergedAt = '2026-02-03T04:05:06.000Z'

/** SC-001 changed here since the package (60 → conflict), SC-002 untouched (different), SC-004 new. */
const current: Assessment = {
  ...assessmentWithPackage(
    { 'SC-001': kpi(50), 'SC-002': kpi(30) },
    {
      'SC-001': kpi(60),
      'SC-002': kpi(30),
    },
  ),
  revision: 4,
}
const file: ReturnFile = returnOf(current, {
  'SC-001': kpi(70),
  'SC-002': kpi(20),
  'SC-004': { value: { type: 'boolean', value: true }, note: '已建成' },
})

const planOf = (assessment: Assessment): ReturnPlan => {
  const outcome = planReturn(assessment, file, findTinySet)
  if (!outcome.ok) throw new Error(outcome.problem.kind)
  return outcome.plan
}

const loaded = async (storage: AssessmentStorage, editing: readonly string[] = []) => {
  const released: string[] = []
  const acquireWriterLock = (id: string) =>
    Promise.resolve<WriterLock>({
      owned: !editing.includes(id),
      acquired: new Promise(() => undefined),
      release: () => released.push(id),
    })
  const { store, actions } = createAssessmentsStore({
    ...storeDeps(storage),
    tabs: {
      acquireWriterLock,
      announceSaved: () => undefined,
      onOtherTabSaved: () => () => undefined,
    },
  })
  await actions.hydrate()
  const context = {
    store,
    importAssessments: actions.importAssessments,
    acquireWriterLock,
    flush: actions.flush,
    now: () => mergedAt,
    findSet: findTinySet,
  }
  return { store, actions, released, context }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('mergeReturn', () => {
  it('writes the accepted answers with their provenance, keeps the rest, and backs up the record', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, context, released } = await loaded(memory)
    const outcome = await mergeReturn(
      context,
      current.id,
      file,
      planOf(current),
      new Set(['SC-002', 'SC-004']),
    )
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    const merged = store.getState().byId[current.id]
    const provenance = {
      packageId: 'pkg-transport-0001',
      departmentId: 'transport',
      department: '交通运输局',
      person: '李明',
      answeredAt: '2026-01-20T09:00:00.000Z',
      mergedAt,
    }
    expect(merged?.answers).toEqual({
      'SC-001': kpi(60), // the conflict, kept
      'SC-002': { ...kpi(20), merged: provenance },
      'SC-004': { value: { type: 'boolean', value: true }, note: '已建成', merged: provenance },
    })
    expect(merged?.packages?.[0]?.returns).toEqual([
      {
        returnedAt: '2026-01-21T10:00:00.000Z',
        mergedAt,
        respondent: { name: '李明', department: '交通运输局' },
      },
    ])
    expect(merged?.revision).toBe(5)
    expect(merged?.updatedAt).toBe(mergedAt)
    expect(outcome.previous).toEqual(current)
    expect(outcome.merged).toEqual(merged)
    expect((await memory.loadAll()).assessments).toEqual([merged])
    const backup = memory.backups().at(-1)
    expect(backup?.reason).toBe('before-merge')
    expect(JSON.parse(backup?.records[0]?.raw ?? '{}')).toMatchObject({ assessment: current })
    expect(released).toEqual([current.id])
  })

  it('is undone by restoring the record from before, keeping the merged one as a backup', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, context } = await loaded(memory)
    const outcome = await mergeReturn(
      context,
      current.id,
      file,
      planOf(current),
      new Set(['SC-004']),
    )
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    expect(await undoMerge(context, outcome.previous)).toEqual({ ok: true })
    const restored = store.getState().byId[current.id]
    expect(restored?.revision).toBe(6)
    expect({ ...restored, revision: current.revision }).toEqual(current)
    expect(memory.backups().map((b) => b.reason)).toEqual(['before-merge', 'pre-restore'])
    const kept = JSON.parse(memory.backups().at(-1)?.records[0]?.raw ?? '{}') as {
      assessment: Assessment
    }
    expect(kept.assessment.answers['SC-004']?.merged?.department).toBe('交通运输局')
  })

  it('merges a second return against the state the first one left', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, context } = await loaded(memory)
    const first = await mergeReturn(context, current.id, file, planOf(current), new Set(['SC-004']))
    if (!first.ok) throw new Error(`refused: ${first.reason}`)
    const now2 = store.getState().byId[current.id]
    if (now2 === undefined) throw new Error('gone')
    // The same return again: SC-004 is now the same; the conflict is still one.
    expect(planOf(now2).entries.map((e) => [e.indicatorId, e.kind])).toEqual([
      ['SC-001', 'conflict'],
      ['SC-002', 'different'],
      ['SC-004', 'same'],
    ])
  })

  it('saves pending edits first and, when they change the plan, writes nothing and gives the new plan', async () => {
    vi.useFakeTimers()
    const memory = createMemoryStorage(now, [current])
    const { store, actions, context } = await loaded(memory)
    const seen = planOf(current)
    actions.setAnswer(current.id, 'SC-002', kpi(25))
    const outcome = await mergeReturn(context, current.id, file, seen, new Set(['SC-002']))
    if (outcome.ok || outcome.reason !== 'replanned') throw new Error('expected a new plan')
    expect(outcome.plan.entries.find((e) => e.indicatorId === 'SC-002')?.kind).toBe('conflict')
    expect(store.getState().byId[current.id]?.answers['SC-002']).toEqual(kpi(25))
    expect((await memory.loadAll()).assessments[0]?.answers['SC-002']).toEqual(kpi(25))
    expect(memory.backups()).toEqual([])
  })

  it('refuses while another tab edits the assessment, and writes nothing', async () => {
    const memory = createMemoryStorage(now, [current])
    const { context, released } = await loaded(memory, [current.id])
    expect(await mergeReturn(context, current.id, file, planOf(current), new Set())).toEqual({
      ok: false,
      reason: 'open-elsewhere',
    })
    expect((await memory.loadAll()).assessments).toEqual([current])
    expect(memory.backups()).toEqual([])
    expect(released).toEqual([current.id])
  })

  it('refuses a return that no longer fits the assessment', async () => {
    const memory = createMemoryStorage(now, [{ ...current, packages: [] }])
    const { context } = await loaded(memory)
    expect(await mergeReturn(context, current.id, file, planOf(current), new Set())).toEqual({
      ok: false,
      reason: 'mismatch',
      problem: { kind: 'unknown-package' },
    })
    expect(memory.backups()).toEqual([])
  })

  it('refuses an assessment that is not here', async () => {
    const { context } = await loaded(createMemoryStorage(now, []))
    expect(await mergeReturn(context, current.id, file, planOf(current), new Set())).toEqual({
      ok: false,
      reason: 'not-found',
    })
  })

  it('passes on why the write failed, leaving the record and the backups unchanged', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, context } = await loaded({
      ...memory,
      replaceMany: () => Promise.resolve({ ok: false, reason: 'quota', detail: 'disk full' }),
    })
    expect(
      await mergeReturn(context, current.id, file, planOf(current), new Set(['SC-004'])),
    ).toEqual({ ok: false, reason: 'quota', detail: 'disk full' })
    expect(store.getState().byId[current.id]).toEqual(current)
    expect(memory.backups()).toEqual([])
  })
})

describe('mergeAssessment', () => {
  const incoming: Assessment = {
    ...current,
    id: 'imported-0001',
    answers: { 'SC-001': kpi(90), 'SC-003': { value: { type: 'level', level: 2 } } },
  }

  it('writes the accepted answers of an imported assessment, with a backup', async () => {
    const memory = createMemoryStorage(now, [current])
    const { store, context } = await loaded(memory)
    const entries = planAssessmentMerge(current, incoming)
    expect(entries.map((e) => [e.indicatorId, e.kind])).toEqual([
      ['SC-001', 'conflict'],
      ['SC-003', 'new'],
    ])
    const outcome = await mergeAssessment(
      context,
      current.id,
      incoming,
      entries,
      new Set(['SC-003']),
    )
    if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`)
    expect(store.getState().byId[current.id]?.answers).toEqual({
      ...current.answers,
      'SC-003': { value: { type: 'level', level: 2 } },
    })
    expect(store.getState().byId['imported-0001']).toBeUndefined()
    expect(memory.backups().map((b) => b.reason)).toEqual(['before-merge'])
  })

  it('gives the new plan when the assessment changed since it was planned', async () => {
    const memory = createMemoryStorage(now, [current])
    const { context } = await loaded(memory)
    const stale = planAssessmentMerge({ ...current, answers: {} }, incoming)
    const outcome = await mergeAssessment(context, current.id, incoming, stale, new Set(['SC-001']))
    if (outcome.ok || outcome.reason !== 'replanned') throw new Error('expected a new plan')
    expect(outcome.plan).toEqual(planAssessmentMerge(current, incoming))
    expect(memory.backups()).toEqual([])
  })
})
