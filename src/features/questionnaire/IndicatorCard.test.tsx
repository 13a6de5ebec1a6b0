import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Profiler } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import fixture from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import type { Answer } from '../../domain/assessment/answer'
import { AssessmentSchema, type Assessment } from '../../domain/assessment/assessment'
import type { Indicator } from '../../domain/indicators/schema'
import { must } from '../../domain/testing/must'
import { assessments } from '../../store/appStore'
import { IndicatorCard } from './IndicatorCard'

const set = defaultIndicatorSet()
const hangzhou: Assessment = AssessmentSchema.parse(fixture)
/** A percentage KPI defined as a ratio (numerator / denominator), which can also take a value. */
const percentRatio = must(
  set.indicators.find(
    (i) => i.answer.type === 'kpi' && i.answer.max === 100 && i.answer.ratio !== undefined,
  ),
  'a percentage KPI with a ratio in the shipped set',
)
const stored = (indicator: Indicator): Answer | undefined =>
  assessments.store.getState().byId[hangzhou.id]?.answers[indicator.id]

/** One card of the fixture assessment, with a count of its renders after the first. */
const renderCard = (indicator: Indicator, answers: Assessment['answers'] = {}) => {
  seedStore('ready', { ...hangzhou, answers })
  const renders = { count: 0 }
  render(
    <Profiler id="card" onRender={() => renders.count++}>
      <IndicatorCard
        assessmentId={hangzhou.id}
        indicator={indicator}
        cityLevel={hangzhou.cityLevel}
        readOnly={false}
      />
    </Profiler>,
  )
  renders.count = 0
  return { renders, user: userEvent.setup() }
}

afterEach(() => {
  resetStore()
})

describe('IndicatorCard', () => {
  it('keeps the attached files when the answer is typed or cleared', async () => {
    const indicator = must(set.indicators[0])
    const files = [
      {
        sha256: 'a'.repeat(64),
        name: 'report.pdf',
        size: 1,
        type: 'application/pdf',
        addedAt: '2026-01-02T03:04:05.000Z',
      },
    ]
    const { user } = renderCard(indicator, { [indicator.id]: { files } })
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'n')
    expect(stored(indicator)).toEqual({ note: 'n', files })
    await user.click(screen.getByRole('button', { name: 'Clear answer' }))
    expect(stored(indicator)).toEqual({ files })
  })

  it('stores every valid keystroke without re-rendering the card', async () => {
    const indicator = must(set.indicators[0])
    const { renders, user } = renderCard(indicator)
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), '统计局 2024')
    expect(stored(indicator)).toEqual({ note: '统计局 2024' })
    // Typing in a long questionnaire stays fast only while a keystroke renders nothing.
    expect(renders.count).toBe(0)
  })

  it('shows the missing N/A reason as soon as N/A is ticked, and stores N/A once it is given', async () => {
    const indicator = must(set.indicators[0])
    const { user } = renderCard(indicator)
    await user.click(
      screen.getByRole('checkbox', { name: 'This indicator does not apply to the city' }),
    )
    const reason = screen.getByRole('textbox', { name: 'Reason it does not apply (required)' })
    await waitFor(() => expect(reason).toHaveAttribute('aria-invalid', 'true'))
    expect(
      screen.getByText('Give a reason when marking the indicator as not applicable.'),
    ).toBeVisible()
    expect(stored(indicator)).toBeUndefined()
    await user.type(reason, '本市无此业务')
    await waitFor(() => expect(reason).not.toHaveAttribute('aria-invalid'))
    expect(stored(indicator)).toEqual({ notApplicable: { reason: '本市无此业务' } })
    expect(screen.queryByText(/Give a reason/)).toBeNull()
  })

  it('rejects a value out of range without storing it, and stores it once corrected', async () => {
    const indicator = percentRatio
    const { user } = renderCard(indicator)
    await user.click(screen.getByRole('radio', { name: 'As a value' }))
    const value = screen.getByRole('textbox', { name: /^Value/ })
    await user.type(value, '130')
    await waitFor(() => expect(value).toHaveAttribute('aria-invalid', 'true'))
    expect(screen.getByText('The value cannot be above 100 %.')).toBeVisible()
    expect(stored(indicator)?.value).toEqual({ type: 'kpi', value: 13 })
    await user.clear(value)
    await user.type(value, '85')
    await waitFor(() => expect(value).not.toHaveAttribute('aria-invalid'))
    expect(stored(indicator)?.value).toEqual({ type: 'kpi', value: 85 })
  })

  it('asks to confirm an answer carried over from last year, and drops the mark when confirmed', async () => {
    const indicator = percentRatio
    const carried: Answer = { value: { type: 'kpi', value: 60 }, carriedOver: true }
    const { user } = renderCard(indicator, { [indicator.id]: carried })
    await user.click(screen.getByRole('button', { name: 'Confirm' }))
    expect(stored(indicator)).toEqual({ value: { type: 'kpi', value: 60 }, carriedOver: false })
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull()
  })

  /** What a read-only tab's store sees when the writing tab saves these answers. */
  const saveFromOtherTab = (answers: Record<string, Answer>) =>
    act(() =>
      assessments.store.setState((s) => {
        const a = must(s.byId[hangzhou.id])
        return { byId: { ...s.byId, [a.id]: { ...a, answers } } }
      }),
    )

  it('in a read-only tab, shows what the writing tab saves', () => {
    const indicator = must(set.indicators[0])
    seedStore('ready', { ...hangzhou, answers: {} })
    act(() => assessments.store.setState({ readOnly: { [hangzhou.id]: true } }))
    render(
      <IndicatorCard
        assessmentId={hangzhou.id}
        indicator={indicator}
        cityLevel={hangzhou.cityLevel}
        readOnly
      />,
    )
    const note = screen.getByRole('textbox', { name: 'Notes' })
    expect(note).toBeDisabled()
    saveFromOtherTab({ [indicator.id]: { note: '另一标签页' } })
    expect(note).toHaveValue('另一标签页')
  })

  it('in a read-only tab, drops the carried-over notice when the writing tab confirms it', () => {
    const indicator = must(set.indicators[0])
    const carried: Answer = { note: '去年', carriedOver: true }
    seedStore('ready', { ...hangzhou, answers: { [indicator.id]: carried } })
    act(() => assessments.store.setState({ readOnly: { [hangzhou.id]: true } }))
    render(
      <IndicatorCard
        assessmentId={hangzhou.id}
        indicator={indicator}
        cityLevel={hangzhou.cityLevel}
        readOnly
      />,
    )
    expect(screen.getByRole('button', { name: 'Confirm' })).toBeDisabled()
    saveFromOtherTab({ [indicator.id]: { ...carried, carriedOver: false } })
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Notes' })).toHaveValue('去年')
  })
})
