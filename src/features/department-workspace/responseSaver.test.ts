import { describe, expect, it } from 'vitest'
import type { ResponseJournalEntry } from '../../domain/departments/responseJournal'
import { newResponseRecord, type ResponseRecord } from '../../domain/departments/responseRecord'
import { testPackage } from '../../domain/testing/testPackage'
import type { PutResult } from '../../storage/responseStorage'
import type { Clock } from '../../store/saveQueue'
import { createResponseSaver } from './responseSaver'

/** Timers never fire: each test writes with `flush`, as `pagehide` does. */
const stillClock: Clock = { nowMs: () => 0, after: () => () => undefined }
const opened = '2025-01-11T09:00:00.000Z'

/** A fake storage: answers each write with the next result, and records what it was given. */
const storage = (...results: ('conflict' | 'quota' | 'ok')[]) => {
  const writes: { record: ResponseRecord; expected: string | null }[] = []
  let i = 0
  const put = (record: ResponseRecord, expected: string | null): Promise<PutResult> => {
    writes.push({ record, expected })
    const next = results[i++] ?? 'ok'
    if (next === 'conflict') return Promise.resolve({ ok: false, reason: 'conflict', stored: null })
    if (next === 'quota') return Promise.resolve({ ok: false, reason: 'quota', detail: 'full' })
    return Promise.resolve({ ok: true, record })
  }
  return { put, writes }
}

/** A fake journal: the entries by package, as localStorage would hold them. */
const journal = () => {
  const entries = new Map<string, ResponseJournalEntry>()
  return {
    entries,
    deps: {
      write: (entry: ResponseJournalEntry) =>
        void entries.set(entry.record.package.packageId, entry),
      clear: (packageId: string) => void entries.delete(packageId),
    },
  }
}

const times = (...list: string[]) => {
  let i = 0
  return () => list[Math.min(i++, list.length - 1)] ?? opened
}

describe('a department response in memory and in storage', () => {
  it('writes each change against the last stored time, with the time of each answer', async () => {
    const fake = storage()
    const saver = createResponseSaver(newResponseRecord(testPackage(), opened), {
      put: fake.put,
      clock: stillClock,
      journal: journal().deps,
      now: times(
        '2025-01-12T00:00:00.000Z',
        '2025-01-12T00:00:01.000Z',
        '2025-01-12T00:00:02.000Z',
      ),
    })
    expect(saver.getSnapshot().save).toEqual({ status: 'unchanged' })
    saver.setAnswer('SC-002', { notApplicable: { reason: '无' } })
    expect(saver.getSnapshot().save).toEqual({ status: 'pending' })
    await saver.flush()
    expect(saver.getSnapshot().save).toEqual({ status: 'saved', at: '2025-01-12T00:00:01.000Z' })
    saver.setRespondent({ name: '王伟', department: '交通运输局' })
    await saver.flush()
    expect(fake.writes.map((w) => w.expected)).toEqual([opened, '2025-01-12T00:00:01.000Z'])
    const last = fake.writes.at(-1)?.record
    expect(last?.answers).toEqual({
      'SC-002': {
        answer: { notApplicable: { reason: '无' } },
        answeredAt: '2025-01-12T00:00:00.000Z',
      },
    })
    expect(last?.respondent).toEqual({ name: '王伟', department: '交通运输局' })
    expect(last?.updatedAt).toBe('2025-01-12T00:00:02.000Z')
  })

  it('keeps a cleared answer the package carried as an empty one, and drops one it did not', () => {
    const saver = createResponseSaver(newResponseRecord(testPackage(), opened), {
      put: storage().put,
      clock: stillClock,
      journal: journal().deps,
      now: () => opened,
    })
    saver.setAnswer('SC-002', { value: { type: 'kpi', value: 3 } })
    saver.setAnswer('SC-002', undefined)
    saver.setAnswer('SC-001', undefined)
    expect(saver.getSnapshot().record.answers).toEqual({
      'SC-001': { answer: {}, answeredAt: opened },
    })
  })

  it('keeps the work in memory when storage is full, and writes it on the next try', async () => {
    const fake = storage('quota')
    const saver = createResponseSaver(newResponseRecord(testPackage(), opened), {
      put: fake.put,
      clock: stillClock,
      journal: journal().deps,
      now: () => '2025-01-12T00:00:00.000Z',
    })
    saver.setAnswer('SC-002', { value: { type: 'kpi', value: 3 } })
    await saver.flush()
    expect(saver.getSnapshot().save).toEqual({ status: 'error', reason: 'quota' })
    expect(saver.getSnapshot().record.answers['SC-002']?.answer.value).toEqual({
      type: 'kpi',
      value: 3,
    })
    saver.setAnswer('SC-002', { value: { type: 'kpi', value: 4 } })
    await saver.flush()
    expect(saver.getSnapshot().save).toEqual({ status: 'saved', at: '2025-01-12T00:00:00.000Z' })
    expect(fake.writes.at(-1)?.record.answers['SC-002']?.answer.value).toEqual({
      type: 'kpi',
      value: 4,
    })
  })

  it('on a conflict with another tab, asks only to replace what it stored itself', async () => {
    // Storage refuses every such write: the other tab's record stays.
    const fake = storage('conflict', 'conflict', 'conflict')
    const saver = createResponseSaver(newResponseRecord(testPackage(), opened), {
      put: fake.put,
      clock: stillClock,
      journal: journal().deps,
      now: () => opened,
    })
    saver.setAnswer('SC-002', { value: { type: 'kpi', value: 3 } })
    await saver.flush()
    await saver.flush()
    saver.setAnswer('SC-002', { value: { type: 'kpi', value: 4 } })
    await saver.flush()
    expect(saver.getSnapshot().save).toEqual({ status: 'error', reason: 'conflict' })
    expect(fake.writes.length).toBeGreaterThan(0)
    expect(fake.writes.every((w) => w.expected === opened)).toBe(true)
  })

  it('journals unsaved work on its stored base when hidden, and removes the entry once stored', async () => {
    const fake = storage('quota', 'ok')
    const log = journal()
    const record = newResponseRecord(testPackage(), opened)
    const saver = createResponseSaver(record, {
      put: fake.put,
      clock: stillClock,
      now: () => '2025-01-12T00:00:00.000Z',
      journal: log.deps,
    })
    await saver.hide()
    expect(log.entries.size).toBe(0)
    saver.setAnswer('SC-002', { value: { type: 'kpi', value: 3 } })
    expect(saver.hasUnsaved()).toBe(true)
    // Storage is full: the write fails, and the journal keeps the work.
    await saver.hide()
    const entry = log.entries.get(record.package.packageId)
    expect(entry?.base).toBe(opened)
    expect(entry?.record.answers['SC-002']?.answer.value).toEqual({ type: 'kpi', value: 3 })
    await saver.hide()
    expect(saver.hasUnsaved()).toBe(false)
    expect(log.entries.size).toBe(0)
  })

  it('writes work taken from the journal at once, against the stored record it was made on', async () => {
    const fake = storage()
    const stored = {
      ...newResponseRecord(testPackage(), opened),
      updatedAt: '2025-01-11T10:00:00.000Z',
    }
    const saver = createResponseSaver(
      stored,
      {
        put: fake.put,
        clock: stillClock,
        now: () => '2025-01-12T00:00:00.000Z',
        journal: journal().deps,
      },
      { unsaved: true },
    )
    expect(saver.getSnapshot().save).toEqual({ status: 'pending' })
    await saver.flush()
    expect(fake.writes.map((w) => w.expected)).toEqual(['2025-01-11T10:00:00.000Z'])
    expect(saver.getSnapshot().save).toEqual({ status: 'saved', at: '2025-01-12T00:00:00.000Z' })
  })
})
