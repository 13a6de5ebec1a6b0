import { describe, expect, it } from 'vitest'
import { testPackage } from '../testing/testPackage'
import {
  newResponseRecord,
  readResponseRecord,
  responseProgress,
  serialiseResponseRecord,
  shownAnswer,
  type ResponseRecord,
} from './responseRecord'

const openedAt = '2025-01-11T09:00:00.000Z'
const record = (): ResponseRecord => ({
  ...newResponseRecord(testPackage(), openedAt),
  answers: {
    'SC-001': { answer: { value: { type: 'kpi', value: 90 } }, answeredAt: openedAt },
  },
  respondent: { name: '王伟', department: '交通运输局' },
})

describe('the stored record of a department response', () => {
  it('reads back what it wrote', () => {
    const read = readResponseRecord(serialiseResponseRecord(record()))
    expect(read).toEqual({ ok: true, record: record() })
  })

  it('starts with no answers of its own, opened and updated at the same time', () => {
    const fresh = newResponseRecord(testPackage(), openedAt)
    expect(fresh.answers).toEqual({})
    expect(fresh.updatedAt).toBe(openedAt)
    expect(fresh.respondent).toBeUndefined()
  })

  it.each([
    ['text that is not JSON', '{"format":', { kind: 'not-json' }],
    [
      'another format',
      JSON.stringify({ ...record(), format: 'x' }),
      { kind: 'invalid', path: 'format' },
    ],
    ['an unknown key', JSON.stringify({ ...record(), extra: 1 }), { kind: 'invalid', path: '' }],
    [
      'a broken package',
      JSON.stringify({ ...record(), package: { ...testPackage(), indicatorIds: [] } }),
      { kind: 'invalid', path: 'package.indicatorIds' },
    ],
    [
      'an answer to an indicator the package does not assign',
      JSON.stringify({
        ...record(),
        answers: { 'SC-003': { answer: {}, answeredAt: openedAt } },
      }),
      { kind: 'answer-not-assigned', id: 'SC-003' },
    ],
  ])('refuses %s without throwing', (_, text, problem) => {
    expect(readResponseRecord(text)).toEqual({ ok: false, problem })
  })

  it('shows its own answer, an emptied one as empty, else the one the package carried', () => {
    const cleared: ResponseRecord = {
      ...record(),
      answers: { 'SC-001': { answer: {}, answeredAt: openedAt } },
    }
    const untouched = newResponseRecord(testPackage(), openedAt)
    expect(shownAnswer(record(), 'SC-001')).toEqual({ value: { type: 'kpi', value: 90 } })
    expect(shownAnswer(untouched, 'SC-001')).toEqual({ value: { type: 'kpi', value: 86.5 } })
    expect(shownAnswer(cleared, 'SC-001')).toEqual({})
    expect(responseProgress(untouched)).toEqual({ answered: 1, notApplicable: 0, open: 1 })
    expect(responseProgress(cleared)).toEqual({ answered: 0, notApplicable: 0, open: 2 })
  })

  it('counts answered, not applicable and open indicators of the package only', () => {
    const withNa: ResponseRecord = {
      ...record(),
      answers: {
        ...record().answers,
        'SC-002': { answer: { notApplicable: { reason: '无' } }, answeredAt: openedAt },
      },
    }
    expect(responseProgress(record())).toEqual({ answered: 1, notApplicable: 0, open: 1 })
    expect(responseProgress(withNa)).toEqual({ answered: 1, notApplicable: 1, open: 0 })
  })
})
