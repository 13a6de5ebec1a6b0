import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answer, Answers } from '../assessment/answer'
import { classifyReturn, sameAnswer } from './mergeReturn'

const kpi = (value: number): Answer => ({ value: { type: 'kpi', value } })

describe('classifyReturn', () => {
  const base: Answers = { 'SC-001': kpi(50), 'SC-002': kpi(10), 'SC-003': kpi(1) }

  it('tells new, same, different and conflicting answers apart', () => {
    const current: Answers = {
      'SC-001': kpi(50), // untouched since the package was made
      'SC-002': kpi(20), // changed by the coordinator since
      'SC-003': kpi(1),
    }
    const returned: Answers = {
      'SC-001': kpi(60), // the department's figure, the coordinator left it alone: different
      'SC-002': kpi(30), // both changed it, to different figures: conflict
      'SC-003': { ...kpi(1), carriedOver: true }, // says the same (marks are not content)
      'SC-004': { notApplicable: { reason: '本区无此业务' } }, // nothing here yet: new
    }
    expect(classifyReturn(base, current, returned).map((r) => [r.indicatorId, r.kind])).toEqual([
      ['SC-001', 'different'],
      ['SC-002', 'conflict'],
      ['SC-003', 'same'],
      ['SC-004', 'new'],
    ])
  })

  it('is no conflict when both sides changed the answer to the same thing', () => {
    const both = kpi(70)
    expect(classifyReturn(base, { 'SC-001': both }, { 'SC-001': both })[0]?.kind).toBe('same')
  })

  it('never lists an answer the department left empty: a return does not clear answers', () => {
    expect(classifyReturn(base, base, { 'SC-001': {}, 'SC-002': { carriedOver: true } })).toEqual(
      [],
    )
  })

  it('calls a returned answer a conflict only when the coordinator changed the answer too', () => {
    const value = fc.integer({ min: 0, max: 5 }).map(kpi)
    fc.assert(
      fc.property(value, value, value, (b, c, r) => {
        const [entry] = classifyReturn({ 'SC-001': b }, { 'SC-001': c }, { 'SC-001': r })
        const changedHere = !sameAnswer(b, c)
        const says = !sameAnswer(r, c)
        expect(entry?.kind).toBe(!says ? 'same' : changedHere ? 'conflict' : 'different')
      }),
    )
  })
})
