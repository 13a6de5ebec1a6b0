import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import fixture from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { controlIdleCallbacks } from '../../../tests/utils/idleCallbacks'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { fixtureSet } from '../../../tests/utils/fixtureSet'
import { AssessmentSchema, type Assessment } from '../../domain/assessment/assessment'
import { sectionProgress } from '../../domain/assessment/progress'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { assessmentActions, assessments } from '../../store/appStore'
import { QuestionnairePage } from './QuestionnairePage'

const set = fixtureSet()
const hangzhou: Assessment = AssessmentSchema.parse(fixture)
const sections = sectionProgress(
  set.meta.dimensions,
  set.indicators,
  scoreAssessment(set, {}, hangzhou.cityLevel).outcomes,
)
const asked = sections.flatMap((s) => s.indicators.map((i) => i.id))
const idsOf = (section: (typeof sections)[number] | undefined) =>
  section?.indicators.map((i) => `indicator-${i.id}`) ?? []
// Role queries over many cards are slow in jsdom; the cards are <article>s, found by class.
const cards = () => [...document.querySelectorAll<HTMLElement>('article.indicator-card')]
const first = <T,>(list: readonly T[]): T => {
  const item = list[0]
  if (item === undefined) throw new Error('empty list')
  return item
}
const last = <T,>(list: readonly T[]): T => {
  const item = list[list.length - 1]
  if (item === undefined) throw new Error('empty list')
  return item
}
const sectionLinks = () =>
  within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('link')
const currentLink = () => sectionLinks().find((a) => a.getAttribute('aria-current') === 'page')

/** Cards mount 3 with the page, then 3 more per idle period: the tests run those periods. */
let idle: ReturnType<typeof controlIdleCallbacks>
beforeEach(() => {
  // jsdom does not lay out, so it has no scrolling either.
  Element.prototype.scrollIntoView = vi.fn()
  idle = controlIdleCallbacks()
})
afterEach(() => {
  resetStore()
  vi.unstubAllGlobals()
  window.history.replaceState(null, '', '/')
})

describe('QuestionnairePage, one section at a time', () => {
  it('shows the first section: its first cards with the page, then the rest of them, and no card of another section', async () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    const firstSection = first(sections)
    expect(firstSection.indicators.length).toBeGreaterThan(3)
    expect(cards().length).toBeGreaterThan(0)
    expect(cards().length).toBeLessThan(firstSection.indicators.length)
    expect(currentLink()).toHaveAttribute('href', `#dimension-${firstSection.dimension.id}`)
    // Progress comes from the stored answers of every section, not from the cards mounted.
    const score = scoreAssessment(set, hangzhou.answers, hangzhou.cityLevel)
    const done = sectionProgress(set.meta.dimensions, set.indicators, score.outcomes).reduce(
      (n, s) => n + s.done,
      0,
    )
    expect(screen.getByText(`${done} of ${asked.length} done`, { exact: false })).toBeVisible()
    await idle.settle()
    expect(cards().map((c) => c.id)).toEqual(idsOf(firstSection))
    expect(document.querySelector('.questionnaire-pending')).toBeNull()
  })

  it('mounts the rest of the section as soon as focus enters it, so Tab reaches every card', async () => {
    // No idle period comes unless the test runs one (`idle.settle`): only focus can mount more.
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    const total = first(sections).indicators.length
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(cards().length).toBeLessThan(total)
    act(() => first(cards()).querySelector('textarea')?.focus())
    expect(cards()).toHaveLength(total)
  })

  it('counts progress from the stored answers as they change, in any section', () => {
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
    const firstOpen = first(open)
    const before = doneNow()
    act(() =>
      assessmentActions.setAnswer(hangzhou.id, last(open), { notApplicable: { reason: '无' } }),
    )
    act(() =>
      assessmentActions.setAnswer(hangzhou.id, firstOpen, { note: 'a note is not an answer' }),
    )
    expect(doneNow()).toBe(before + 1)
    expect(
      screen.getByText(`${before + 1} of ${asked.length} done`, { exact: false }),
    ).toBeVisible()
    act(() => assessmentActions.setAnswer(hangzhou.id, last(open), undefined))
    expect(screen.getByText(`${before} of ${asked.length} done`, { exact: false })).toBeVisible()
  })

  it('"Next unanswered" opens the section of the next open card, mounted through it, focuses it and puts it in the address', () => {
    const onlyLastOpen = Object.fromEntries(
      asked.slice(0, -1).map((id) => [id, { notApplicable: { reason: 'not run by the city' } }]),
    )
    seedStore('ready', { ...hangzhou, answers: onlyLastOpen })
    render(<QuestionnairePage id={hangzhou.id} />)
    const target = `indicator-${last(asked)}`
    expect(document.getElementById(target)).toBeNull()
    const lengthBefore = window.history.length
    fireEvent.click(screen.getByRole('button', { name: 'Next unanswered' }))
    expect(document.activeElement?.closest('article')?.id).toBe(target)
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled()
    expect(cards().map((c) => c.id)).toEqual(idsOf(last(sections)))
    expect(currentLink()).toHaveAttribute('href', `#dimension-${last(sections).dimension.id}`)
    expect(window.location.hash).toBe(`#${target}`)
    // Into another section: a history entry, so Back returns to the section before.
    expect(window.history.length).toBe(lengthBefore + 1)
  })

  it('a section link shows that section, every card of it in the end, with focus on its heading; Back shows the section before', async () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    const section = last(sections)
    const link = last(sectionLinks())
    expect(link).toHaveAttribute('href', `#dimension-${section.dimension.id}`)
    expect(document.getElementById(`dimension-${section.dimension.id}`)).toBeNull()
    fireEvent.click(link)
    await waitFor(() =>
      expect(document.activeElement).toBe(
        document.getElementById(`dimension-${section.dimension.id}`),
      ),
    )
    expect(currentLink()).toBe(link)
    await idle.settle()
    expect(cards().map((c) => c.id)).toEqual(idsOf(section))
    act(() => window.history.back())
    await waitFor(() =>
      expect(cards().map((c) => c.id)).toEqual(idsOf(first(sections)).slice(0, cards().length)),
    )
    expect(currentLink()).toBe(first(sectionLinks()))
  })

  it('keeps the section when the address changes to another fragment (the skip link’s #main)', async () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    fireEvent.click(last(sectionLinks()))
    await waitFor(() => expect(currentLink()).toBe(last(sectionLinks())))
    act(() => {
      window.location.hash = 'main'
    })
    // Let the hashchange event (a task) run.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(window.location.hash).toBe('#main')
    expect(currentLink()).toBe(last(sectionLinks()))
    expect(first(cards()).id).toBe(first(idsOf(last(sections))))
  })

  it('links to the next and previous sections below the cards', async () => {
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    const pager = screen.getByRole('navigation', { name: 'Previous and next section' })
    expect(within(pager).getAllByRole('link')).toHaveLength(1)
    const second = sections[1]
    if (second === undefined) throw new Error('one section only')
    fireEvent.click(
      within(pager).getByRole('link', { name: `Next section: ${second.dimension.name.en}` }),
    )
    await waitFor(() => expect(first(cards()).id).toBe(first(idsOf(second))))
    expect(
      within(pager)
        .getAllByRole('link')
        .map((a) => a.getAttribute('href')),
    ).toEqual([
      `#dimension-${first(sections).dimension.id}`,
      `#dimension-${sections[2]?.dimension.id}`,
    ])
  })

  it('opens the section an address names, mounted through the card it names, and scrolls there', () => {
    const section = sections[3]
    const target = last(idsOf(section))
    window.history.replaceState(null, '', `/assessments/${hangzhou.id}#${target}`)
    seedStore('ready', hangzhou)
    render(<QuestionnairePage id={hangzhou.id} />)
    expect(cards().map((c) => c.id)).toEqual(idsOf(section))
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledTimes(1)
    expect(vi.mocked(Element.prototype.scrollIntoView).mock.contexts[0]).toBe(
      document.getElementById(target),
    )
  })

  it('in a read-only tab, disables the cards mounted later, and those of another section', async () => {
    seedStore('ready', hangzhou)
    act(() => assessments.store.setState({ readOnly: { [hangzhou.id]: true } }))
    render(<QuestionnairePage id={hangzhou.id} />)
    const expectAllDisabled = () => {
      for (const card of cards()) {
        expect(card.querySelector(`#${card.id.replace('indicator-', '')}-note`)).toBeDisabled()
      }
    }
    await idle.settle()
    expect(cards()).toHaveLength(first(sections).indicators.length)
    expectAllDisabled()
    fireEvent.click(last(sectionLinks()))
    await waitFor(() => expect(currentLink()).toBe(last(sectionLinks())))
    await idle.settle()
    expect(cards()).toHaveLength(last(sections).indicators.length)
    expectAllDisabled()
  })
})
