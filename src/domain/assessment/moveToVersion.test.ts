import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { shippedSet } from '../../../scripts/build/indicatorFiles'
import { appliesTo } from '../indicators/applicability'
import type { CityLevel, Indicator, IndicatorSet } from '../indicators/schema'
import { arbitraryAnswers } from '../testing/arbitraryAnswers'
import { must } from '../testing/must'
import { nextVersion } from '../testing/nextVersion'
import { testAssessment } from '../testing/testAssessment'
import { t, tinyIndicator, tinyMeta, tinySet } from '../testing/tinySet'
import type { Answer } from './answer'
import type { Assessment } from './assessment'
import { applyMove, planMove } from './moveToVersion'

const kpi = (id: string) => {
  const indicator = tinyIndicator(id)
  if (indicator.answer.type !== 'kpi') throw new Error(`${id} is a KPI in the tiny set`)
  return { indicator, answer: indicator.answer }
}

/**
 * Version 2 of the tiny set: SC-001's target 100 → 80; SC-002 weighs 2 (placement only); SC-003's
 * rubric keeps levels 1–3; SC-004 retired; SC-005 renamed (wording only); SC-006 added to D2.
 */
const v2: IndicatorSet = {
  meta: { ...tinyMeta, version: '2.0.0' },
  indicators: [
    { ...kpi('SC-001').indicator, answer: { ...kpi('SC-001').answer, target: 80 } },
    { ...tinyIndicator('SC-002'), weight: 2 },
    (() => {
      const sc003 = tinyIndicator('SC-003')
      if (sc003.answer.type !== 'level') throw new Error('SC-003 is a rubric in the tiny set')
      return { ...sc003, answer: { ...sc003.answer, levels: sc003.answer.levels.slice(0, 3) } }
    })(),
    { ...tinyIndicator('SC-005'), name: t('renamed') },
    { ...tinyIndicator('SC-004'), id: 'SC-006', capabilities: { SA: 1 } },
  ],
}

/** The mark of an answer kept for review after the move from 1.0.0. */
const review = (cleared: boolean) => ({ reviewAfterMove: { fromVersion: '1.0.0', cleared } })

const onTiny = (answers: Record<string, Answer>, cityLevel: CityLevel = 'prefecture-and-above') =>
  testAssessment({ indicatorSet: { setId: 'tiny', version: '1.0.0' }, cityLevel, answers })

describe('planMove', () => {
  const assessment = onTiny({
    'SC-001': { value: { type: 'kpi', value: 80 }, dataQuality: 'measured' },
    'SC-002': { value: { type: 'ratio', numerator: 70, denominator: 2 }, carriedOver: true },
    'SC-003': { value: { type: 'level', level: 4 }, dataQuality: 'measured', note: '见附件' },
    'SC-004': { value: { type: 'boolean', value: true } },
    'SC-005': { value: { type: 'choice', optionId: 'some' } },
  })
  const plan = planMove(assessment, tinySet, v2)

  it('gives every answer one disposition, in id order', () => {
    expect(plan.answers).toEqual([
      {
        indicatorId: 'SC-001',
        disposition: 'review',
        reasons: ['target'],
        value: 'kept',
        problems: [],
      },
      { indicatorId: 'SC-002', disposition: 'kept' },
      {
        indicatorId: 'SC-003',
        disposition: 'review',
        reasons: ['rubric', 'invalid-value'],
        value: 'cleared',
        problems: [{ code: 'unknown-level', field: 'level', level: 4, levels: [1, 2, 3] }],
      },
      { indicatorId: 'SC-004', disposition: 'dropped', reason: 'retired' },
      { indicatorId: 'SC-005', disposition: 'kept' },
    ])
    expect(plan.counts).toEqual({ kept: 2, review: 2, dropped: 1 })
    expect([plan.from, plan.to]).toEqual([
      { setId: 'tiny', version: '1.0.0' },
      { setId: 'tiny', version: '2.0.0' },
    ])
    expect(plan.diff).toMatchObject({ added: ['SC-006'], retired: ['SC-004'] })
  })

  it('flags answers to review, clears a refused value with its data quality, and keeps the rest as stored', () => {
    expect(plan.moved).toEqual({
      'SC-001': { value: { type: 'kpi', value: 80 }, dataQuality: 'measured', ...review(false) },
      // Kept as stored: last year's "carried over" mark stays, no review mark is added.
      'SC-002': { value: { type: 'ratio', numerator: 70, denominator: 2 }, carriedOver: true },
      'SC-003': { note: '见附件', ...review(true) },
      'SC-005': { value: { type: 'choice', optionId: 'some' } },
    })
    expect(Object.keys(must(plan.moved['SC-003']))).toEqual(['note', 'reviewAfterMove'])
  })

  it('scores before with the old set and stored answers, after with the new set and moved answers', () => {
    // Before: D1 = ⅔·(80 + 50)/2 + ⅓·75 = 68.33, D2 = (100 + 40)/2 = 70, total 0.6·68.33 + 0.4·70 = 69.
    // After: SC-001 reaches its target (100); in P1 SC-001 weighs ⅓ and SC-002 ⅔; SC-003 and SC-006
    // are open. D1 = (2/9·100 + 4/9·50)/(6/9) = 66.67, D2 = 40, total 0.6·66.67 + 0.4·40 = 56.
    const close = (xs: (number | null)[]) =>
      xs.map((x) => (x === null ? null : expect.closeTo(x, 9)))
    expect(plan.scores.labels).toEqual(['1.0.0', '2.0.0'])
    expect(plan.scores.total.scores).toEqual(close([69, 56]))
    expect(plan.scores.dimensions.map((d) => d.scores)).toEqual([
      close([205 / 3, 200 / 3]),
      close([70, 40]),
    ])
    const dg = must(plan.scores.capabilities.find((c) => c.id === 'DG'))
    expect(dg.scores).toEqual(close([80, 100]))
    expect(plan.before.outcomes.get('SC-003')).toEqual({ state: 'scored', score: 75 })
    expect(plan.after.outcomes.get('SC-003')).toEqual({ state: 'unanswered' })
  })

  it('drops an answer to an indicator the new version no longer asks of the city level', () => {
    const prefectureOnly = {
      ...v2,
      indicators: v2.indicators.map((i): Indicator =>
        i.id === 'SC-001' ? { ...i, applicability: 'prefecture-and-above' } : i,
      ),
    }
    const county = onTiny({ 'SC-001': { value: { type: 'kpi', value: 80 } } }, 'county')
    const moved = planMove(county, tinySet, prefectureOnly)
    expect(moved.answers).toEqual([
      { indicatorId: 'SC-001', disposition: 'dropped', reason: 'not-asked' },
    ])
    expect(moved.moved).toEqual({})
  })

  it('keeps N/A with its reason, and clears a value kept under N/A that the new type refuses', () => {
    const choice: IndicatorSet = {
      meta: tinyMeta,
      indicators: tinySet.indicators.map((i): Indicator =>
        i.id === 'SC-004'
          ? {
              ...i,
              answer: {
                type: 'choice',
                options: [
                  { id: 'a', label: t('a'), score: 0 },
                  { id: 'b', label: t('b'), score: 100 },
                ],
              },
            }
          : i.id === 'SC-003'
            ? { ...i, answer: { type: 'boolean', yes: t('y'), no: t('n') } }
            : i,
      ),
    }
    const na = { notApplicable: { reason: '本市未设' } }
    const moved = planMove(
      onTiny({ 'SC-003': na, 'SC-004': { ...na, value: { type: 'boolean', value: true } } }),
      tinySet,
      choice,
    )
    expect(moved.answers).toEqual([
      {
        indicatorId: 'SC-003',
        disposition: 'review',
        reasons: ['type'],
        value: 'none',
        problems: [],
      },
      {
        indicatorId: 'SC-004',
        disposition: 'review',
        reasons: ['type', 'invalid-value'],
        value: 'cleared',
        problems: [{ code: 'wrong-type', field: 'type', expected: 'choice', given: 'boolean' }],
      },
    ])
    expect(moved.moved).toEqual({
      'SC-003': { ...na, ...review(false) },
      'SC-004': { ...na, ...review(true) },
    })
  })

  it('puts under review a value the new set refuses even when its definition did not change', () => {
    const moved = planMove(
      onTiny({ 'SC-001': { value: { type: 'kpi', value: 150 } } }),
      tinySet,
      structuredClone(tinySet),
    )
    expect(moved.answers).toEqual([
      {
        indicatorId: 'SC-001',
        disposition: 'review',
        reasons: ['invalid-value'],
        value: 'cleared',
        problems: [{ code: 'above-max', field: 'value', measured: 150, max: 100 }],
      },
    ])
  })

  it('puts under review an answer to an indicator the old set did not hold', () => {
    const moved = planMove(
      onTiny({ 'SC-006': { value: { type: 'boolean', value: false } } }),
      tinySet,
      v2,
    )
    expect(moved.answers).toEqual([
      {
        indicatorId: 'SC-006',
        disposition: 'review',
        reasons: ['not-in-old-set'],
        value: 'kept',
        problems: [],
      },
    ])
  })

  it('leaves the assessment it plans for unchanged', () => {
    const before = structuredClone(assessment)
    planMove(assessment, tinySet, v2)
    expect(assessment).toEqual(before)
  })
})

describe('applyMove', () => {
  it('records the new version and the moved answers, and keeps everything else', () => {
    const assessment = onTiny({
      'SC-001': { value: { type: 'kpi', value: 80 } },
      'SC-004': { value: { type: 'boolean', value: true } },
    })
    const plan = planMove(assessment, tinySet, v2)
    const now = '2026-05-01T10:00:00.000Z'
    expect(applyMove(plan, now)).toEqual({
      ...assessment,
      indicatorSet: { setId: 'tiny', version: '2.0.0' },
      answers: { 'SC-001': { value: { type: 'kpi', value: 80 }, ...review(false) } },
      updatedAt: now,
    })
  })
})

describe('moving to an identical copy of the set', () => {
  const cases: [string, IndicatorSet][] = [
    ['the tiny set', tinySet],
    ['the shipped set', shippedSet()],
  ]
  it.each(cases)('keeps every answer and every score of %s', (_, set) => {
    const copy = structuredClone(set)
    const cityLevel = fc.constantFrom<CityLevel>('prefecture-and-above', 'county')
    /** What an answer holds besides its value or N/A, all of which a move must carry over. */
    const extras = fc.constantFrom<Partial<Answer>>(
      {},
      { note: '备注', evidence: ['https://example.org/a'], dataQuality: 'measured' },
      { carriedOver: true },
    )
    fc.assert(
      fc.property(arbitraryAnswers(set), cityLevel, extras, (generated, level, extra) => {
        // Only what the questionnaire can store: answers to indicators asked of the city level.
        const answers = Object.fromEntries(
          set.indicators.flatMap((i) => {
            const answer = generated[i.id]
            return answer !== undefined && appliesTo(i, level)
              ? [[i.id, { ...answer, ...extra }] as const]
              : []
          }),
        )
        const assessment: Assessment = {
          ...testAssessment({ answers, cityLevel: level }),
          indicatorSet: { setId: set.meta.setId, version: set.meta.version },
        }
        const plan = planMove(assessment, set, copy)
        expect(plan.answers.every((a) => a.disposition === 'kept')).toBe(true)
        expect(plan.answers).toHaveLength(Object.keys(answers).length)
        expect(plan.after).toEqual(plan.before)
        const rows = [plan.scores.total, ...plan.scores.capabilities, ...plan.scores.dimensions]
        expect(rows.flatMap((r) => r.deltas).every((d) => d === null || d === 0)).toBe(true)
        expect(applyMove(plan, assessment.updatedAt)).toEqual(assessment)
      }),
    )
  })

  it('on the next version of the shipped set, drops the retired answer, keeps the reworded one and reviews the retargeted one', () => {
    const set = shippedSet()
    const { set: next } = nextVersion(set, {
      retarget: 'SC-008',
      retire: 'SC-001',
      reword: 'SC-002',
    })
    const answers = {
      'SC-001': { value: { type: 'kpi', value: 50 } },
      'SC-002': { value: { type: 'kpi', value: 50 } },
      'SC-008': { value: { type: 'kpi', value: 50 } },
    } satisfies Record<string, Answer>
    const plan = planMove(
      { ...testAssessment({ answers }), indicatorSet: { setId: 'scm-default', version: '1.0.0' } },
      set,
      next,
    )
    expect(plan.answers.map((a) => [a.indicatorId, a.disposition])).toEqual([
      ['SC-001', 'dropped'],
      ['SC-002', 'kept'],
      ['SC-008', 'review'],
    ])
    expect(plan.after.total.score).not.toBe(plan.before.total.score)
  })
})
