import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import fixture from '../../../tests/fixtures/hangzhou-2024.assessment.json'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import type { Answer } from '../../domain/assessment/answer'
import { AssessmentSchema, type Assessment } from '../../domain/assessment/assessment'
import { must } from '../../domain/testing/must'
import { assessments } from '../../store/appStore'
import { IndicatorCard } from './IndicatorCard'

const set = defaultIndicatorSet()
const hangzhou: Assessment = AssessmentSchema.parse(fixture)
const indicator = must(
  set.indicators.find((i) => i.answer.type === 'kpi' && i.applicability === 'all'),
  'a KPI asked of every city',
)
const transport = { id: 'd-transport', name: '市交通运输局' }
const merged: Answer = {
  value: { type: 'kpi', value: 42 },
  merged: {
    packageId: 'pkg-00000001',
    departmentId: transport.id,
    department: transport.name,
    person: '李四',
    answeredAt: '2026-12-04T09:00:00.000Z',
    mergedAt: '2026-12-08T09:00:00.000Z',
  },
}

const renderCard = (changes: Partial<Assessment>) => {
  seedStore('ready', { ...hangzhou, departments: [transport], ...changes })
  render(
    <IndicatorCard
      assessmentId={hangzhou.id}
      indicator={indicator}
      cityLevel={hangzhou.cityLevel}
      readOnly={false}
    />,
  )
  return userEvent.setup()
}

afterEach(resetStore)

describe('where a card’s answer comes from', () => {
  it('names the department an indicator is assigned to', () => {
    renderCard({ answers: {}, assignments: { [indicator.id]: transport.id } })
    expect(screen.getByText('Answered by 市交通运输局')).toBeVisible()
  })

  it('says nothing for an indicator nobody is assigned and no merged answer', () => {
    renderCard({ answers: {}, assignments: {} })
    expect(screen.queryByText(/Answered by|From /)).toBeNull()
  })

  it('names who filled in a merged answer, and drops it when the coordinator edits the answer', async () => {
    const user = renderCard({ answers: { [indicator.id]: merged } })
    expect(
      screen.getByText(
        'From 市交通运输局: filled in by 李四 on Dec 4, 2026, merged on Dec 8, 2026',
      ),
    ).toBeVisible()
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), '核对')
    const stored = assessments.store.getState().byId[hangzhou.id]?.answers[indicator.id]
    expect(stored?.note).toBe('核对')
    expect(stored?.value).toEqual({ type: 'kpi', value: 42 })
    expect(stored?.merged).toBeUndefined()
    expect(screen.queryByText(/From 市交通运输局/)).toBeNull()
  })
})
