import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fixture from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import { AssessmentSchema, type Assessment } from '../../domain/assessment/assessment'
import { sectionProgress } from '../../domain/assessment/progress'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { assessmentActions, assessments } from '../../store/appStore'
import { QuestionnairePage } from './QuestionnairePage'

const set = defaultIndicatorSet()
const hangzhou: Assessment = AssessmentSchema.parse(fixture)
const sections = sectionProgress(
  set.meta.dimensions,
  set.indicators,
  scoreAssessment(set, {}, hangzhou.cityLevel).outcomes,
)
const asked = sections.flatMap((s) => s.indicators.map((i) => i.id))
// Role queries over ~70 cards are slow in jsdom; the cards are <article>s, found by class.
const cards = () => [...document.querySelectorAll<HTMLElement>('article.indicator-card')]
const last = <T,>(list: readonly T[]): T => {
  const item = list[list.length - 1]
  if (item === undefined) throw new Error('empty list')
  return item
}

beforeEach(() => {
  // jsdom does not lay out, so it has no scrolling either.
  Element.prototype.scrollIntoView = vi.fn()
})
afterEach(() => {
  resetStore()
})

describe('QuestionnairePage, mounting its cards progressively', () => {
  it('shows the first cards with the page, then the rest, until every asked indicator has its card', async () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    expect(cards().length).toBeGreaterThan(0)
    expect(cards().length).toBeLessThan(asked.length)
    // Progress comes from the stored answers, not from the cards mounted so far.
    const score = scoreAssessment(set, hangzhou.answers, hangzhou.cityLevel)
    const done = sectionProgress(set.meta.dimensions, set.indicators, score.outcomes).reduce(
      (n, s) => n + s.done,
      0,
    )
    expect(screen.getByText(`${done} of ${asked.length} done`, { exact: false })).toBeVisible()
    await waitFor(() => expect(cards()).toHaveLength(asked.length), { timeout: 10_000 })
    expect(cards().map((c) => c.id)).toEqual(asked.map((id) => `indicator-${id}`))
  }, 20_000)

  it('counts progress from the stored answers as they change, cards mounted or not', () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    const doneNow = () => {
      const a = assessments.store.getState().byId[hangzhou.id]
      if (a === undefined) throw new Error('missing')
      const outcomes = scoreAssessment(set, a.answers, a.cityLevel).outcomes
      return sectionProgress(set.meta.dimensions, set.indicators, outcomes).reduce(
        (n, s) => n + s.done,
        0,
      )
    }
    const open = asked.filter((id) => hangzhou.answers[id] === undefined)
    const first = open[0]
    if (first === undefined) throw new Error('the fixture has no open indicator')
    const before = doneNow()
    act(() =>
      assessmentActions.setAnswer(hangzhou.id, last(open), { notApplicable: { reason: '无' } }),
    )
    act(() => assessmentActions.setAnswer(hangzhou.id, first, { note: 'a note is not an answer' }))
    expect(doneNow()).toBe(before + 1)
    expect(
      screen.getByText(`${before + 1} of ${asked.length} done`, { exact: false }),
    ).toBeVisible()
    act(() => assessmentActions.setAnswer(hangzhou.id, last(open), undefined))
    expect(screen.getByText(`${before} of ${asked.length} done`, { exact: false })).toBeVisible()
  })

  it('"Next unanswered" mounts and focuses a card that is not mounted yet', () => {
    const onlyLastOpen = Object.fromEntries(
      asked.slice(0, -1).map((id) => [id, { notApplicable: { reason: 'not run by the city' } }]),
    )
    seedStore('ready', { ...hangzhou, answers: onlyLastOpen })
    render(<QuestionnairePage id={hangzhou.id} />)
    const target = `indicator-${last(asked)}`
    expect(document.getElementById(target)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Next unanswered' }))
    expect(document.activeElement?.closest('article')?.id).toBe(target)
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled()
  })

  it('mounts a section before its link scrolls to it, with every card of the section', () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    const section = last(sections)
    const nav = screen.getByRole('navigation', { name: 'Sections' })
    const link = within(nav).getAllByRole('link')[sections.length - 1]
    if (link === undefined) throw new Error('no link for the last section')
    expect(link).toHaveAttribute('href', `#dimension-${section.dimension.id}`)
    expect(document.getElementById(`dimension-${section.dimension.id}`)).toBeNull()
    fireEvent.click(link)
    const heading = document.getElementById(`dimension-${section.dimension.id}`)
    expect(heading).not.toBeNull()
    const region = screen.getByRole('region', { name: heading?.textContent ?? '' })
    expect(region.querySelectorAll('article.indicator-card')).toHaveLength(
      section.indicators.length,
    )
  })

  it('in a read-only tab, disables the cards mounted later as well', async () => {
    seedStore('ready', hangzhou)
    act(() => assessments.store.setState({ readOnly: { [hangzhou.id]: true } }))
    render(<QuestionnairePage id={hangzhou.id} />)
    await waitFor(() => expect(cards()).toHaveLength(asked.length), { timeout: 10_000 })
    for (const card of cards()) {
      expect(card.querySelector(`#${card.id.replace('indicator-', '')}-note`)).toBeDisabled()
    }
  }, 20_000)
})
