import { describe, expect, it } from 'vitest'
import type { Answer } from '../assessment/answer'
import type { Indicator } from '../indicators/schema'
import type { IndicatorOutcome } from '../scoring/outcome'
import { countyTinySet } from '../testing/countyTinySet'
import { must } from '../testing/must'
import { t, tinyIndicator } from '../testing/tinySet'
import { nextStep } from './nextStep'

const indicator = tinyIndicator
const scored = (score: number, measured?: number): IndicatorOutcome =>
  measured === undefined ? { state: 'scored', score } : { state: 'scored', score, measured }
const level = (n: number): Answer => ({ value: { type: 'level', level: n } })
const prefecture = 'prefecture-and-above'

describe('nextStep', () => {
  it.each([
    ['level 1 → 2', level(1), 0, 2],
    ['level 4 → 5', level(4), 75, 5],
  ])('names the next rubric level (%s)', (_, answer, score, next) => {
    expect(nextStep(indicator('SC-003'), scored(score), answer, prefecture)).toEqual({
      kind: 'level',
      level: next,
      descriptor: t(`level ${next}`),
    })
  })

  it('takes the lowest level above, whatever the rubric order', () => {
    const shuffled: Indicator = {
      ...indicator('SC-003'),
      answer: {
        type: 'level',
        levels: [3, 1, 2].map((n) => ({ level: n, descriptor: t(`level ${n}`) })),
      },
    }
    expect(nextStep(shuffled, scored(0), level(1), prefecture)).toMatchObject({ level: 2 })
  })

  it.each([
    ['the top level', level(5)],
    ['no answer', undefined],
    ['an answer of another type', { value: { type: 'boolean', value: true } } satisfies Answer],
  ])('has no level step for %s', (_, answer) => {
    expect(nextStep(indicator('SC-003'), scored(50), answer, prefecture)).toBeNull()
  })

  it.each([
    // SC-001: higher is better, target 100. SC-002: lower is better, target 10 min.
    ['SC-001', 80, 80, { measured: 80, target: 100, gap: 20, direction: 'higher', unit: t('%') }],
    ['SC-002', 50, 35, { measured: 35, target: 10, gap: 25, direction: 'lower', unit: t('min') }],
  ])('gives the KPI target and a positive gap (%s)', (id, score, measured, step) => {
    expect(nextStep(indicator(id), scored(score, measured), undefined, prefecture)).toEqual({
      kind: 'kpi',
      ...step,
    })
  })

  it('gives a county-level city its own target, and a prefecture-level city the general one', () => {
    // countyTinySet: SC-002 (lower is better, 60 → 10 min) holds counties to 20 min.
    const own = must(countyTinySet.indicators.find((i) => i.id === 'SC-002'))
    const step = { kind: 'kpi', measured: 35, direction: 'lower', unit: t('min') }
    expect(nextStep(own, scored(62.5, 35), undefined, 'county')).toEqual({
      ...step,
      target: 20,
      gap: 15,
    })
    expect(nextStep(own, scored(50, 35), undefined, prefecture)).toEqual({
      ...step,
      target: 10,
      gap: 25,
    })
  })

  it.each([
    ['the target is met', scored(100, 5)],
    ['the outcome has no measurement', scored(50)],
  ])('has no KPI step when %s', (_, outcome) => {
    expect(nextStep(indicator('SC-002'), outcome, undefined, prefecture)).toBeNull()
  })

  it.each([
    [0, { id: 'some', label: t('some'), score: 40 }],
    [40, { id: 'all', label: t('all'), score: 100 }],
  ])('names the next better option above %d', (score, option) => {
    expect(nextStep(indicator('SC-005'), scored(score), undefined, prefecture)).toEqual({
      kind: 'choice',
      option,
    })
  })

  it('picks the lowest better option, the first listed on a tie', () => {
    const options = [
      { id: 'best', label: t('best'), score: 90 },
      { id: 'a', label: t('a'), score: 60 },
      { id: 'b', label: t('b'), score: 60 },
      { id: 'none', label: t('none'), score: 0 },
    ]
    const chooser: Indicator = { ...indicator('SC-005'), answer: { type: 'choice', options } }
    expect(nextStep(chooser, scored(0), undefined, prefecture)).toMatchObject({
      option: { id: 'a' },
    })
    expect(nextStep(chooser, scored(90), undefined, prefecture)).toBeNull() // best option scores below 100
  })

  it.each([
    [0, { kind: 'boolean', yes: t('yes') }],
    [100, null],
  ])('asks a boolean at %d to achieve "yes"', (score, step) => {
    expect(nextStep(indicator('SC-004'), scored(score), undefined, prefecture)).toEqual(step)
  })

  it.each<[string, IndicatorOutcome | undefined]>([
    ['N/A', { state: 'na', reason: '无' }],
    ['unanswered', { state: 'unanswered' }],
    ['excluded', { state: 'excluded' }],
    ['missing', undefined],
  ])('has no step for an indicator that is %s', (_, outcome) => {
    expect(nextStep(indicator('SC-004'), outcome, undefined, prefecture)).toBeNull()
  })
})
