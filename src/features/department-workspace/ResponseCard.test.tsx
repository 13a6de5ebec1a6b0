import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { defaultIndicatorSet } from '../../content/defaultIndicatorSet'
import type { Answer } from '../../domain/assessment/answer'
import { must } from '../../domain/testing/must'
import { ResponseCard } from './ResponseCard'

const set = defaultIndicatorSet()
const valueKpi = must(
  set.indicators.find((i) => i.answer.type === 'kpi' && i.answer.ratio === undefined),
  'a KPI entered as a value',
)
const attached: Answer['files'] = [
  {
    sha256: 'c'.repeat(64),
    name: '2024 年报.pdf',
    size: 2_048_576,
    type: 'application/pdf',
    addedAt: '2025-02-20T06:30:00.000Z',
  },
]

describe('a department’s answer card', () => {
  it('keeps the files the package’s answer attaches when the department changes the answer', async () => {
    const onAnswer = vi.fn()
    render(
      <ResponseCard
        indicator={valueKpi}
        cityLevel="prefecture-and-above"
        initial={{ value: { type: 'kpi', value: 40 }, files: attached }}
        onAnswer={onAnswer}
      />,
    )
    const input = screen.getAllByRole('textbox')[0] as HTMLElement
    await userEvent.clear(input)
    await userEvent.type(input, '55')
    expect(onAnswer).toHaveBeenLastCalledWith(valueKpi.id, {
      value: { type: 'kpi', value: 55 },
      files: attached,
    })
  })
})
