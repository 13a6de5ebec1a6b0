import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Answer, AnswerValue, Answers } from '../assessment/answer'
import { assertNever } from '../assertNever'
import type { AnswerDefinition, CityLevel } from '../indicators/schema'
import { arbitraryAnswers } from '../testing/arbitraryAnswers'
import { tinySet } from '../testing/tinySet'
import { scoreAssessment, type AssessmentScore } from './scoreAssessment'

const cityLevel = fc.constantFrom<CityLevel>('prefecture-and-above', 'county')

/** Every number a user sees: indicator, capability, dimension and total scores. */
const allScores = (result: AssessmentScore): number[] => [
  ...[...result.outcomes.values()].flatMap((o) => (o.state === 'scored' ? [o.score] : [])),
  ...Object.values(result.capabilities).flatMap((c) => (c.score === null ? [] : [c.score])),
  ...result.dimensions.flatMap((d) => (d.score === null ? [] : [d.score])),
  ...(result.total.score === null ? [] : [result.total.score]),
]

const groupScores = (result: AssessmentScore) => [
  ...Object.values(result.capabilities).map((c) => c.score),
  ...result.dimensions.map((d) => d.score),
  result.total.score,
]

/** An answer value that is at least as good as `value` for this definition (or the same). */
const improve = (def: AnswerDefinition, value: AnswerValue): AnswerValue => {
  switch (def.type) {
    case 'kpi': {
      // A ratio answer is left as it is: the same answer is at least as good.
      if (value.type !== 'kpi') return value
      const step = def.direction === 'higher' ? 1 : -1
      const bounded = Math.min(
        def.max ?? Infinity,
        Math.max(def.min ?? -Infinity, value.value + step * 10),
      )
      return { type: 'kpi', value: bounded }
    }
    case 'level':
      return value.type === 'level'
        ? { type: 'level', level: Math.min(value.level + 1, def.levels.length) }
        : value
    case 'boolean':
      return { type: 'boolean', value: true }
    case 'choice': {
      const best = [...def.options].sort((a, b) => b.score - a.score)[0]
      return best === undefined ? value : { type: 'choice', optionId: best.id }
    }
    default:
      return assertNever(def)
  }
}

describe('scoring properties (fast-check)', () => {
  it('keeps every score within [0, 100] and every coverage within [0, 1]', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, (answers, level) => {
        const result = scoreAssessment(tinySet, answers, level)
        for (const s of allScores(result)) expect(s).toBeGreaterThanOrEqual(0)
        for (const s of allScores(result)) expect(s).toBeLessThanOrEqual(100)
        const coverages = [...Object.values(result.capabilities), ...result.dimensions].map(
          (g) => g.coverage ?? 0,
        )
        for (const c of [...coverages, result.total.coverage ?? 0])
          expect(c >= 0 && c <= 1).toBe(true)
      }),
    )
  })

  it('never lowers any score when one answer is raised', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, fc.nat(), (answers, level, pick) => {
        const answered = tinySet.indicators.filter(
          (i) => answers[i.id]?.value !== undefined && answers[i.id]?.notApplicable === undefined,
        )
        fc.pre(answered.length > 0)
        const indicator = answered[pick % answered.length]
        const current = indicator === undefined ? undefined : answers[indicator.id]?.value
        fc.pre(indicator !== undefined && current !== undefined)
        if (indicator === undefined || current === undefined) return
        const better: Answers = {
          ...answers,
          [indicator.id]: { value: improve(indicator.answer, current) },
        }
        const before = groupScores(scoreAssessment(tinySet, answers, level))
        const after = groupScores(scoreAssessment(tinySet, better, level))
        before.forEach((b, i) => {
          if (b !== null) expect(after[i] ?? -1).toBeGreaterThanOrEqual(b - 1e-9)
        })
      }),
    )
  })

  it('does not depend on the order in which answers are stored', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, (answers, level) => {
        const reversed: Record<string, Answer | undefined> = Object.fromEntries(
          Object.entries(answers).reverse(),
        )
        expect(scoreAssessment(tinySet, reversed, level)).toEqual(
          scoreAssessment(tinySet, answers, level),
        )
      }),
    )
  })

  it('explains every score exactly: contributions add up to it', () => {
    fc.assert(
      fc.property(arbitraryAnswers(tinySet), cityLevel, (answers, level) => {
        const result = scoreAssessment(tinySet, answers, level)
        for (const group of [...Object.values(result.capabilities), ...result.dimensions]) {
          const sum = group.contributions.reduce((s, c) => s + c.contribution, 0)
          if (group.score === null) expect(group.contributions).toEqual([])
          else expect(sum).toBeCloseTo(group.score, 8)
        }
        const total = result.total.contributions.reduce((s, c) => s + c.contribution, 0)
        if (result.total.score !== null) expect(total).toBeCloseTo(result.total.score, 8)
      }),
    )
  })
})
