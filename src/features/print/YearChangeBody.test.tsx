import { act, render, screen, within } from '@testing-library/react'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { laterSet, on100, on190, releasedSet } from '../../../tests/utils/crossVersion'
import { useReportModel } from '../../components/report/useReportModel'
import { IndicatorSetContext } from '../../components/ui/indicatorSetContext'
import type { Assessment } from '../../domain/assessment/assessment'
import type { IndicatorSet } from '../../domain/indicators/schema'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { must } from '../../domain/testing/must'
import { YearChangeBody } from './YearChangeBody'

type Year = { assessment: Assessment; set: IndicatorSet }

const Body = ({ current, previous }: { current: Year; previous: Year }) => {
  const model = useReportModel(current.assessment)
  return (
    <YearChangeBody
      assessment={current.assessment}
      model={model}
      previous={previous.assessment}
      previousSet={previous.set}
    />
  )
}

/** The change since 2024 (1.0.0) in the report of 2025 (1.9.0), as the print view draws it. */
const renderChange = (previousSet: IndicatorSet = releasedSet) =>
  render(
    <IndicatorSetContext value={laterSet}>
      <Body
        current={{ assessment: on190, set: laterSet }}
        previous={{ assessment: on100, set: previousSet }}
      />
    </IndicatorSetContext>,
  )

const one = new Intl.NumberFormat('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
const sc001 = must(releasedSet.indicators.find((i) => i.id === 'SC-001'))

describe('YearChangeBody across set versions', () => {
  it('scores the previous year with its own version and flags the scores whose definitions differ (English)', () => {
    renderChange()
    const table = screen.getByRole('table', { name: /five core capabilities, 2024 and 2025/ })
    const total = within(table).getByRole('row', { name: /^Weighted total/ })
    const own = scoreAssessment(releasedSet, on100.answers, on100.cityLevel)
    expect(total).toHaveTextContent(one.format(must(own.total.score)))
    expect(within(total).getAllByRole('cell')[2]).toHaveTextContent(
      'definitions differ, see note 1',
    )
    expect(
      screen.getByText(
        /recorded with different indicator-set versions \(1\.0\.0 and 1\.9\.0\); each is scored with its own version/,
      ),
    ).toBeVisible()
    const notes = screen.getAllByRole('list', { name: /^Scores marked † do not measure/ })
    // One list under the capability table, one under the dimension table.
    expect(notes).toHaveLength(2)
    const first = within(must(notes[0])).getAllByRole('listitem')[0]
    expect(first).toHaveTextContent(/^†1 Weighted total, 2025 against 2024:/)
    expect(first).toHaveTextContent(`SC-001 ${sc001.name.en} (target changed)`)
    expect(first).toHaveTextContent('(only in version 1.0.0)')
    expect(first).toHaveTextContent('(only in version 1.9.0)')
  })

  it('says the same in Chinese', async () => {
    await act(() => i18next.changeLanguage('zh-CN'))
    renderChange()
    const notes = screen.getAllByRole('list', { name: /^标有 † 的得分/ })
    expect(notes).toHaveLength(2)
    expect(notes[0]).toHaveTextContent(`指标 SC-001 ${sc001.name.zh}（目标值已变更）`)
    expect(screen.getAllByText(/指标定义不同，见注 1/).length).toBeGreaterThan(0)
  })

  it('flags nothing when both years use the same version', () => {
    render(
      <IndicatorSetContext value={releasedSet}>
        <Body
          current={{ assessment: { ...on100, year: 2025, id: 'x' }, set: releasedSet }}
          previous={{ assessment: on100, set: releasedSet }}
        />
      </IndicatorSetContext>,
    )
    expect(screen.getAllByRole('table', { name: /2024 and 2025/ })).toHaveLength(2)
    expect(screen.queryByText(/definitions differ/)).toBeNull()
    expect(screen.queryByText(/different indicator-set versions/)).toBeNull()
  })
})
