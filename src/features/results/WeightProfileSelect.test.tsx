import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import i18next from 'i18next'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { registerInStore } from '../../../tests/utils/districtSet'
import {
  districtProfile,
  districtWithProfileText,
  spreadAnswers,
} from '../../../tests/utils/districtWithProfile'
import { controlIdleCallbacks } from '../../../tests/utils/idleCallbacks'
import { resetStore, seedStore } from '../../../tests/utils/seedStore'
import { builtInSetIds } from '../../content/defaultIndicatorSet'
import { parseSetFile } from '../../domain/indicators/setFile'
import { scoreAssessment } from '../../domain/scoring/scoreAssessment'
import { must } from '../../domain/testing/must'
import { testAssessment } from '../../domain/testing/testAssessment'
import { assessments } from '../../store/appStore'
import { preloadCharts } from './LazyCharts'
import { ResultsPage } from './ResultsPage'

const read = parseSetFile(districtWithProfileText(), { builtInSetIds })
const set = must(read.ok ? read.set : null, 'the district set with a profile')
const assessment = testAssessment({
  indicatorSet: { setId: set.meta.setId, version: set.meta.version },
  answers: spreadAnswers(set),
})
const own = scoreAssessment(set, assessment.answers, assessment.cityLevel)
const profiled = scoreAssessment(set, assessment.answers, assessment.cityLevel, districtProfile.id)
const one = (lang: string, n: number | null) =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    must(n, 'a total'),
  )

beforeAll(preloadCharts)
let idle: ReturnType<typeof controlIdleCallbacks>
beforeEach(() => {
  idle = controlIdleCallbacks()
})
afterEach(async () => {
  resetStore()
  await i18next.changeLanguage('en')
})

const renderResults = async () => {
  registerInStore(set)
  seedStore('ready', assessment)
  render(<ResultsPage id={assessment.id} />)
  await idle.settle()
}

/** The overall total as the summary shows it: the value beside its label. */
const shownTotal = (label: string | RegExp) => {
  const term = screen.getByText(label, { selector: 'dt' })
  return term.nextElementSibling?.textContent
}

describe('the weighting of the total on the results page', () => {
  it('works on a fixture whose totals differ between the two weightings', () => {
    expect(one('en', own.total.score)).not.toBe(one('en', profiled.total.score))
  })

  it('changes the stored profile, the total and the dimension table', async () => {
    const user = userEvent.setup()
    await renderResults()
    const select = screen.getByRole('combobox', { name: 'Weighting of the total' })
    expect(select).toHaveValue('default')
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['The set’s own weights (default)', 'Example District 2027 weighting'])
    expect(shownTotal('Weighted total of the set’s dimensions')).toBe(one('en', own.total.score))

    await user.selectOptions(select, districtProfile.id)
    expect(assessments.store.getState().byId[assessment.id]?.weightProfile).toBe('district-2027')
    const label = 'Total weighted by “Example District 2027 weighting”'
    expect(shownTotal(label)).toBe(one('en', profiled.total.score))
    expect(
      screen.getByText(/^Weights from: Example District digital-government assessment scheme/),
    ).toBeVisible()
    // The dimension table: the profile's weights, security reported apart with its score.
    const table = screen.getByRole('table', {
      name: 'Dimension scores and the total weighted by “Example District 2027 weighting”',
    })
    const row = (name: string) =>
      within(within(table).getByRole('row', { name: new RegExp(name) })).getAllByRole('cell')
    expect(row('Government services')[0]).toHaveTextContent('50%')
    const security = row('Security')
    expect(security[0]).toHaveTextContent('Reported apart')
    const ss = must(
      profiled.dimensions.find((d) => d.dimensionId === 'SS'),
      'SS',
    )
    expect(security[3]).toHaveTextContent(one('en', ss.score))
    expect(
      screen.getByText(
        'Security — reported apart: scored and shown, but not in the total; nothing is deducted.',
      ),
    ).toBeVisible()
    expect(within(table).getByRole('row', { name: /^Weighted total/ })).toHaveTextContent(
      one('en', profiled.total.score),
    )

    await user.selectOptions(select, 'default')
    expect(assessments.store.getState().byId[assessment.id]).not.toHaveProperty('weightProfile')
    expect(shownTotal('Weighted total of the set’s dimensions')).toBe(one('en', own.total.score))
    expect(screen.queryByText(/reported apart:/)).toBeNull()
  })

  it('says so in Chinese', async () => {
    const user = userEvent.setup()
    await renderResults()
    await act(() => i18next.changeLanguage('zh-CN'))
    await user.selectOptions(
      screen.getByRole('combobox', { name: '总分的加权方式' }),
      districtProfile.id,
    )
    expect(shownTotal('按“示例区 2027 年权重”加权的总分')).toBe(one('zh-CN', profiled.total.score))
    expect(
      screen.getByText('安全保障——单列报告：照常计分和显示，但不计入总分；不作扣分。'),
    ).toBeVisible()
  })

  it('tells when the stored profile is not in the set, and uses the set’s own weights', async () => {
    registerInStore(set)
    seedStore('ready', { ...assessment, weightProfile: 'district-2030' })
    render(<ResultsPage id={assessment.id} />)
    await idle.settle()
    expect(screen.getByRole('note')).toHaveTextContent(
      'The weighting “district-2030” stored with this assessment is not in this version',
    )
    expect(screen.getByRole('combobox', { name: 'Weighting of the total' })).toHaveValue('default')
    expect(shownTotal('Weighted total of the set’s dimensions')).toBe(one('en', own.total.score))
  })
})
