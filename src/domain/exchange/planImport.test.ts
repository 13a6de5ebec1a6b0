import { describe, expect, it } from 'vitest'
import { choicesFor, planImport, resolveImport, type ImportChoice } from './planImport'
import { testAssessment } from '../testing/testAssessment'

const here = testAssessment({ id: 'existing-0001', city: '杭州市', year: 2024, revision: 7 })
const other = testAssessment({ id: 'existing-0002', city: '宁波市', year: 2024 })
const existing = [here, other]
let n = 0
const newId = () => `generated-${++n}`

describe('planImport', () => {
  it('classifies new, same-city-year (whatever the id) and same-id-other-city', () => {
    const fresh = testAssessment({ id: 'incoming-001', city: '温州市' })
    const sameCityYear = testAssessment({ id: 'incoming-002', city: ' 杭州市 ' })
    const sameId = testAssessment({ id: 'existing-0002', city: '宁波市', year: 2023 })
    const identical = { ...here }
    expect(
      planImport([fresh, sameCityYear, sameId, identical], existing).map((e) => e.collision),
    ).toEqual([
      { kind: 'new' },
      { kind: 'same-city-year', existing: here },
      { kind: 'same-id', existing: other },
      { kind: 'same-city-year', existing: here },
    ])
  })

  it('offers keep-both only when city or year differ', () => {
    expect(choicesFor({ kind: 'new' })).toEqual([])
    expect(choicesFor({ kind: 'same-city-year', existing: here })).toEqual(['replace', 'skip'])
    expect(choicesFor({ kind: 'same-id', existing: here })).toEqual([
      'replace',
      'keep-both',
      'skip',
    ])
  })
})

describe('resolveImport', () => {
  const sameCityYear = testAssessment({ id: 'incoming-002', city: '杭州市', revision: 1 })
  const sameId = testAssessment({ id: 'existing-0002', city: '宁波市', year: 2023 })
  const fresh = testAssessment({ id: 'incoming-001', city: '温州市' })
  const plan = planImport([fresh, sameCityYear, sameId], existing)
  const choose = (entries: [string, ImportChoice][]) => new Map(entries)

  it('adds new ones, replaces in place (keeping the existing id), keeps both under a new id', () => {
    const result = resolveImport(
      plan,
      choose([
        ['incoming-002', 'replace'],
        ['existing-0002', 'keep-both'],
      ]),
      existing,
      newId,
    )
    expect(result).toEqual({
      ok: true,
      writes: [
        fresh,
        { ...sameCityYear, id: 'existing-0001' },
        { ...sameId, id: 'generated-1', revision: 0 },
      ],
      summary: { added: 1, replaced: 1, keptBoth: 1, skipped: 0 },
    })
  })

  it('skips on request, and refuses a collision without a choice or with one not offered', () => {
    expect(
      resolveImport(
        plan,
        choose([
          ['incoming-002', 'skip'],
          ['existing-0002', 'skip'],
        ]),
        existing,
        newId,
      ),
    ).toMatchObject({ ok: true, writes: [fresh], summary: { added: 1, skipped: 2 } })
    expect(resolveImport(plan, choose([['incoming-002', 'skip']]), existing, newId)).toEqual({
      ok: false,
      problem: { kind: 'missing-choice', id: 'existing-0002' },
    })
    expect(
      resolveImport(
        plan,
        choose([
          ['incoming-002', 'keep-both'],
          ['existing-0002', 'skip'],
        ]),
        existing,
        newId,
      ),
    ).toEqual({ ok: false, problem: { kind: 'invalid-choice', id: 'incoming-002' } })
  })

  it('refuses choices that would write one record twice or give a city two assessments a year', () => {
    // Replacing 宁波市 2024 (existing-0002) by a 杭州市 2023 assessment, and 杭州市 2023 is also new.
    const moved = testAssessment({ id: 'existing-0002', city: '杭州市', year: 2023 })
    const alsoNew = testAssessment({ id: 'incoming-009', city: '杭州市', year: 2023 })
    const conflictPlan = planImport([moved], existing).concat(planImport([alsoNew], existing))
    expect(
      resolveImport(conflictPlan, choose([['existing-0002', 'replace']]), existing, newId),
    ).toMatchObject({ ok: false, problem: { kind: 'conflict' } })
  })

  it('draws another id when the generated one is taken', () => {
    const ids = ['existing-0001', 'fresh-id-0001']
    const result = resolveImport(
      plan,
      choose([
        ['incoming-002', 'skip'],
        ['existing-0002', 'keep-both'],
      ]),
      existing,
      () => ids.shift() ?? 'x',
    )
    expect(result.ok && result.writes.map((w) => w.id)).toEqual(['incoming-001', 'fresh-id-0001'])
  })
})
